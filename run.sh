#!/usr/bin/env bash
# Start crisisplan. First run sets up .venv. Pass --demo for the demo store of fictional people.
set -euo pipefail
cd "$(dirname "$0")"
. tools/system-packages.sh
. tools/bootstrap.sh
exec .venv/bin/crisisplan "$@"
