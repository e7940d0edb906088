#!/usr/bin/env bash
# Run the whole test suite. First run installs system packages (when root) and .venv, and the phone
# verifier's node packages from verifier/package-lock.json (npm ci; again whenever the lockfile changes).
set -euo pipefail
cd "$(dirname "$0")"
extra="xvfb poppler-utils chromium"
command -v node >/dev/null 2>&1 || extra="$extra nodejs"
command -v npm >/dev/null 2>&1 || extra="$extra npm"
CRISISPLAN_EXTRA_DEBS="$extra" . tools/system-packages.sh
BOOTSTRAP_EXTRA=test . tools/bootstrap.sh
. tools/verifier-packages.sh
export QT_QPA_PLATFORM=offscreen
exec .venv/bin/python -m pytest "$@"
