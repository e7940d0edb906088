#!/usr/bin/env bash
# Run the whole test suite: lint (ruff), types (mypy), then pytest. First run installs the system packages
# (when root), .venv and the phone verifier's tools: Debian's chromium, nodejs and npm when missing, and
# the node packages of verifier/package-lock.json (npm ci; again whenever the lockfile changes).
# With arguments, runs only pytest with those arguments.
set -euo pipefail
cd "$(dirname "$0")"
extra="xvfb xauth xdotool poppler-utils binutils libpython3.11 chromium"
command -v node >/dev/null 2>&1 || extra="$extra nodejs"
command -v npm >/dev/null 2>&1 || extra="$extra npm"
CRISISPLAN_EXTRA_DEBS="$extra" . tools/system-packages.sh
BOOTSTRAP_EXTRA=test . tools/bootstrap.sh
. tools/verifier-packages.sh
export QT_QPA_PLATFORM=offscreen
if [ $# -eq 0 ]; then
    echo "ruff check:" && .venv/bin/ruff check crisisplan tests bench tools
    echo "mypy:" && .venv/bin/mypy crisisplan
fi
exec .venv/bin/python -m pytest "$@"
