"""INT-01: a damaged or truncated store raises DamagedStoreError (leading to restore), never any
other exception type, and the damage is always detected."""

from __future__ import annotations

import random
import shutil
from pathlib import Path

import pytest

from crisisplan.store import DamagedStoreError, Store
from tests.store.helpers import PASSPHRASE, document, index_fields, random_plans

PAGE = 4096


@pytest.fixture(scope="module")
def pristine(tmp_path_factory: pytest.TempPathFactory) -> Path:
    data_dir = tmp_path_factory.mktemp("pristine") / "data"
    store, _ = Store.create(data_dir, "alice", "Alice", ["admin", "clinician"], PASSPHRASE, kdf_iterations=1000)
    ids = random_plans(store, 60)
    for plan_id in ids[:20]:
        store.plans.add_version(plan_id, document(long="x " * 3000), index_fields(text="long " * 500))
    store.close()
    assert not Path(f"{data_dir}/crisisplan.db-wal").exists()
    return data_dir


def _use_everything(store: Store) -> list[str]:
    problems = store.integrity_check()
    for plan_id in store.plans.ids(order="id"):
        for info in store.plans.versions(plan_id):
            store.plans.get(plan_id, info.version, audit=False)
    store.plans.search("smith")
    if not store.audit.verify().ok:
        problems.append("audit")
    return problems


def _damaged_is_detected(data_dir: Path) -> None:
    """Open and use the store; only DamagedStoreError may escape, and the damage must show."""
    try:
        store = Store.open(data_dir, "alice", PASSPHRASE)
    except DamagedStoreError:
        return
    try:
        problems = _use_everything(store)
    except DamagedStoreError:
        return
    finally:
        store.close()
    assert problems, "damage went unnoticed"


def _sizes(pristine: Path) -> list[int]:
    size = (pristine / "crisisplan.db").stat().st_size
    return [0, 1, 15, 100, PAGE - 1, PAGE, PAGE + 512, 3 * PAGE, size // 2, size - PAGE, size - 1]


@pytest.mark.parametrize("which", range(11))
def test_truncated_store(pristine: Path, tmp_path: Path, which: int) -> None:
    data_dir = tmp_path / "copy"
    shutil.copytree(pristine, data_dir)
    db = data_dir / "crisisplan.db"
    with open(db, "r+b") as f:
        f.truncate(_sizes(pristine)[which])
    _damaged_is_detected(data_dir)


@pytest.mark.parametrize("seed", range(12))
def test_random_byte_damage(pristine: Path, tmp_path: Path, seed: int) -> None:
    data_dir = tmp_path / "copy"
    shutil.copytree(pristine, data_dir)
    db = data_dir / "crisisplan.db"
    raw = bytearray(db.read_bytes())
    rng = random.Random(seed)
    for _ in range(rng.choice([1, 1, 3, 20])):
        pos = rng.randrange(len(raw))
        raw[pos] ^= rng.randrange(1, 256)
    db.write_bytes(bytes(raw))
    _damaged_is_detected(data_dir)


@pytest.mark.parametrize("page", [0, 1, 2, 5, -1])
def test_zeroed_page(pristine: Path, tmp_path: Path, page: int) -> None:
    data_dir = tmp_path / "copy"
    shutil.copytree(pristine, data_dir)
    db = data_dir / "crisisplan.db"
    raw = bytearray(db.read_bytes())
    start = page * PAGE if page >= 0 else len(raw) - PAGE
    raw[start:start + PAGE] = bytes(PAGE)
    db.write_bytes(bytes(raw))
    _damaged_is_detected(data_dir)


def test_garbage_database_file(pristine: Path, tmp_path: Path) -> None:
    data_dir = tmp_path / "copy"
    shutil.copytree(pristine, data_dir)
    (data_dir / "crisisplan.db").write_bytes(random.Random(3).randbytes(10 * PAGE))
    with pytest.raises(DamagedStoreError):
        Store.open(data_dir, "alice", PASSPHRASE)
