#!/usr/bin/env bash
# Regenerate requirements/build.txt: every package the frozen app is built from, pinned with the
# SHA-256 hashes of all its files on PyPI, for Linux, Windows and macOS at once (--universal).
#
#   requirements/lock.sh            # after changing pyproject.toml's dependencies or build.in
#   requirements/lock.sh --upgrade  # also move every pin to the newest allowed release
#
# Uses uv (pinned below) in a throw-away environment; review the diff before committing it.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
UV_VERSION="0.13.8"
TOOLS="$(mktemp -d)"
trap 'rm -rf "$TOOLS"' EXIT
"${CRISISPLAN_PYTHON:-python3.11}" -m venv "$TOOLS/venv"
"$TOOLS/venv/bin/python" -m pip install --disable-pip-version-check -q "uv==$UV_VERSION"
cd "$ROOT"
"$TOOLS/venv/bin/uv" pip compile pyproject.toml requirements/build.in \
    --universal --python-version 3.11 --generate-hashes --no-emit-index-url --quiet \
    --custom-compile-command "requirements/lock.sh" -o requirements/build.txt "$@"
echo "lock.sh: wrote requirements/build.txt" >&2
