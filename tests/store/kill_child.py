"""Child process for the kill-harness tests (run as a script; the parent SIGKILLs it at random).

    kill_child.py saves DATA_DIR PASSPHRASE SEED   save plans; "ack PLAN VERSION SHA256 NAME" after each commit
    kill_child.py keys DATA_DIR PASSPHRASE STEP    cycle passphrase changes with rotation of every key, saves
                                                   ("ack saved PLAN VERSION SHA256"), add/grant/remove user
    kill_child.py signin DATA_DIR PASSPHRASE 0     sign in as alice (rotates the keys that are due)
    kill_child.py upgrade DATA_DIR PASSPHRASE 0    open a version-1 store as alice (upgrades its keys)
"""

from __future__ import annotations

import hashlib
import json
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import tests  # noqa: F401  (the test suite's lowered key-derivation floor, as in the parent)
from crisisplan.store import IndexFields, Store


def say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def saves(data_dir: Path, passphrase: str, seed: int) -> None:
    rng = random.Random(seed)
    with Store.open(data_dir, "alice", passphrase) as store:
        say("ready")
        ids = store.plans.ids(order="id")
        while True:
            words = ["calm", "dog", "crisis", "house", "music", "walk"]
            text = " ".join(rng.choice(words) for _ in range(300))
            index = IndexFields(name=f"Person {rng.randrange(10_000)}", nhs_number=None, date_of_birth=None,
                                postcode=None, review_date=None, status="active", text=text)
            doc = json.dumps({"seed": seed, "text": text})
            if ids and rng.random() < 0.7:
                saved = store.plans.add_version(rng.choice(ids), doc, index)
            else:
                saved = store.plans.create(doc, index)
                ids.append(saved.plan_id)
            digest = hashlib.sha256(doc.encode("utf-8")).hexdigest()
            say(f"ack {saved.plan_id} {saved.version} {digest} {index.name}")


def keys(data_dir: Path, passphrase: str, step: int) -> None:
    rng = random.Random(step)
    with Store.open(data_dir, "alice", passphrase) as store:
        say("ready")
        ids = store.plans.ids(order="id")
        while True:
            say(f"begin pass {step}")
            store.users.change_passphrase("alice", f"pass-{step}", rotate=True)  # passwd --rotate ...
            say(f"ack pass {step}")
            store.rotate_keys()  # ... every key alice holds: done here, or at the next unlock if killed
            say("ack rotated")
            plan_id = rng.choice(ids)
            doc = json.dumps({"step": step, "text": f"saved between rotations {step}"})
            index = IndexFields(name=f"Person {plan_id}", nhs_number=None, date_of_birth=None, postcode=None,
                                review_date=None, status="active", text=f"{key_word(plan_id)} step {step}")
            saved = store.plans.add_version(plan_id, doc, index)
            say(f"ack saved {plan_id} {saved.version} {hashlib.sha256(doc.encode('utf-8')).hexdigest()}")
            store.users.add(f"u{step}", "Temp", ["readonly"], f"upass-{step}")
            say(f"ack added {step}")
            store.users.set_roles(f"u{step}", ["clinician"])  # a grant: keys wrapped for the user
            say(f"ack granted {step}")
            store.users.remove(f"u{step}")  # marks the user's keys for rotation ...
            say(f"ack removed {step}")
            store.rotate_keys()  # ... done here, or at the next unlock if killed first
            say("ack rotated")
            step += 1


def key_word(plan_id: int) -> str:
    """A word found only in plan `plan_id`'s body (the search index is re-blinded by each rotation)."""
    return "marker" + "".join(chr(ord("a") + int(d)) for d in f"{plan_id:03d}")


def signin(data_dir: Path, passphrase: str, _step: int) -> None:
    say("ready")
    with Store.open(data_dir, "alice", passphrase):  # rotates the keys that are due at sign-in
        say("ack opened")
        time.sleep(60)  # wait to be killed


def upgrade(data_dir: Path, passphrase: str, _step: int) -> None:
    say("ready")
    with Store.open(data_dir, "alice", passphrase):
        say("ack upgraded")
        time.sleep(60)  # wait to be killed


if __name__ == "__main__":
    mode, folder, secret, number = sys.argv[1], Path(sys.argv[2]), sys.argv[3], int(sys.argv[4])
    {"saves": saves, "keys": keys, "signin": signin, "upgrade": upgrade}[mode](folder, secret, number)
