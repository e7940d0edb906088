#!/usr/bin/env bash
# Run the whole test suite. First run installs system packages (when root) and .venv.
set -euo pipefail
cd "$(dirname "$0")"
CRISISPLAN_EXTRA_DEBS="xvfb poppler-utils" . tools/system-packages.sh
BOOTSTRAP_EXTRA=test . tools/bootstrap.sh
export QT_QPA_PLATFORM=offscreen
exec .venv/bin/python -m pytest "$@"
