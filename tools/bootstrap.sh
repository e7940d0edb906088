# Sourced by ./run.sh and ./test.sh: makes .venv and installs the project into it.
# Re-installs only when pyproject.toml changed since the last install.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="$ROOT/.venv"
EXTRA="${BOOTSTRAP_EXTRA:-}"  # "test" from ./test.sh; never the caller's own arguments
PY="${CRISISPLAN_PYTHON:-python3.11}"
command -v "$PY" >/dev/null 2>&1 || PY=python3
if [ ! -x "$VENV/bin/python" ]; then
    "$PY" -m venv "$VENV"
fi
STAMP="$VENV/.installed${EXTRA:+-$EXTRA}"
if [ ! -f "$STAMP" ] || [ "$ROOT/pyproject.toml" -nt "$STAMP" ]; then
    echo "Installing crisisplan and its dependencies into .venv (first run only)..." >&2
    LOG="$VENV/pip-install.log"
    TARGET="$ROOT"
    [ -n "$EXTRA" ] && TARGET="$ROOT[$EXTRA]"
    if ! { "$VENV/bin/python" -m pip install --disable-pip-version-check --upgrade pip &&
           "$VENV/bin/python" -m pip install --disable-pip-version-check -e "$TARGET"; } >"$LOG" 2>&1; then
        cat "$LOG" >&2
        echo "Installing dependencies failed; the log above says why." >&2
        exit 1
    fi
    touch "$STAMP"
fi
# The compiled translations (.qm) are build output: made from resources/translations/*.ts when missing
# or older than their source (docs/translations.md).
for ts in "$ROOT"/resources/translations/crisisplan_*.ts; do
    [ -e "$ts" ] || continue
    qm="${ts%.ts}.qm"
    if [ ! -f "$qm" ] || [ "$ts" -nt "$qm" ]; then
        "$VENV/bin/python" "$ROOT/tools/build_translations.py" --if-stale >&2
        break
    fi
done
