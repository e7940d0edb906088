#!/usr/bin/env bash
# Run the whole test suite: lint (ruff), types (mypy), then pytest. First run installs the system packages
# (when root), .venv and the phone verifier's tools. With arguments, runs only pytest with those arguments.
set -euo pipefail
cd "$(dirname "$0")"
CRISISPLAN_EXTRA_DEBS="xvfb xauth xdotool poppler-utils" . tools/system-packages.sh
BOOTSTRAP_EXTRA=test . tools/bootstrap.sh
export QT_QPA_PLATFORM=offscreen
if [ $# -eq 0 ]; then
    echo "ruff check:" && .venv/bin/ruff check crisisplan tests bench tools
    echo "mypy:" && .venv/bin/mypy crisisplan
fi
exec .venv/bin/python -m pytest "$@"
