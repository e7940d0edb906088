"""Passphrase strength is judged by an estimator (zxcvbn), not by length alone (issue 8, section 6):
the services refuse weak passphrases, so the desktop app and the command line refuse alike."""

from __future__ import annotations

import pytest

from crisisplan.services import admin
from crisisplan.services.errors import InvalidRequest

WEAK = ["password123", " " * 10, "aaaaaaaaaaaa", "1234567890", "qwertyuiop"]


@pytest.mark.parametrize("passphrase", WEAK)
def test_weak_passphrases_are_refused_even_when_long_enough(passphrase: str) -> None:
    with pytest.raises(InvalidRequest) as caught:
        admin.check_passphrase_strength(passphrase)
    assert passphrase.strip() == "" or passphrase not in str(caught.value)  # never repeated back


def test_the_username_counts_as_easy_to_guess() -> None:
    admin.check_passphrase_strength("rosalind1984x")
    with pytest.raises(InvalidRequest):
        admin.check_passphrase_strength("rosalind1984x", ("rosalind1984x",))


@pytest.mark.parametrize("passphrase", ["a long passphrase", "correct horse battery staple",
                                        "Grün 😀 \"quoted\" back\\slash " + "7f3kQz9wLp" * 100])
def test_good_and_very_long_passphrases_are_accepted(passphrase: str) -> None:
    admin.check_passphrase_strength(passphrase)


def test_adding_a_user_and_changing_a_passphrase_refuse_password123(session) -> None:
    with pytest.raises(InvalidRequest, match="too easy to guess"):
        admin.add_user(session, "bob", "Bob", ["clinician"], "password123")
    with pytest.raises(InvalidRequest, match="too easy to guess"):
        admin.change_passphrase(session, session.username, " " * 10)
    assert [u.username for u in admin.list_users(session)] == [session.username]
