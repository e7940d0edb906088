#!/usr/bin/env bash
# Start crisisplan. First run sets up .venv. Pass --demo for the demo store of fictional people.
# Runs in the caller's folder, so relative paths given to subcommands mean what they say.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
. "$ROOT/tools/system-packages.sh"
. "$ROOT/tools/bootstrap.sh"
exec "$ROOT/.venv/bin/crisisplan" "$@"
