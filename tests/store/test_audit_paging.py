"""P14: the newest page of the audit log costs the same however long the log is (keyset paging,
no OFFSET and no count). Measured in SQLite virtual-machine steps, so machine-independent."""

from __future__ import annotations

from crisisplan.store import Store


def _grow(store: Store, entries: int) -> None:
    with store.transaction():
        for n in range(entries):
            store.audit.append("view", person=n % 50 + 1, detail=f"version {n}")


def _steps(store: Store, call: object) -> int:
    steps = [0]

    def count() -> int:
        steps[0] += 1
        return 0

    store.connection.set_progress_handler(count, 1)
    try:
        call()  # type: ignore[operator]
    finally:
        store.connection.set_progress_handler(None, 0)
    return steps[0]


def test_pages_are_newest_first_and_seamless(store: Store) -> None:
    _grow(store, 120)
    everything = [e.id for e in store.audit.entries()][::-1]
    pages, before = [], None
    while True:
        page = store.audit.newest(25, before=before)
        if not page:
            break
        pages.extend(e.id for e in page)
        before = page[-1].id
    assert pages == everything
    mine = store.audit.newest(1000, person=3)
    assert mine and all(e.person == 3 for e in mine)
    assert [e.id for e in mine] == sorted((e.id for e in store.audit.entries(person=3)), reverse=True)


def test_the_newest_page_does_not_grow_with_the_log(store: Store) -> None:
    _grow(store, 3000)  # every plan already has more than a page of entries
    small = _steps(store, lambda: store.audit.newest(50))
    small_person = _steps(store, lambda: store.audit.newest(50, person=7))
    _grow(store, 30_000)
    large = _steps(store, lambda: store.audit.newest(50))
    large_person = _steps(store, lambda: store.audit.newest(50, person=7))
    deep = _steps(store, lambda: store.audit.newest(50, before=20_000))
    assert large <= small * 1.5 + 2
    assert large_person <= small_person * 1.5 + 2
    assert deep <= small * 1.5 + 2
