#!/usr/bin/env bash
# Build the one-folder frozen app on Linux: DIST/crisisplan/ (default DIST: dist/ in the repository).
#
#   installer/build.sh [--dist DIR] [--work DIR] [--no-self-test]
#
# 1. Makes (once, then reuses) a build environment under the cache folder, installing ONLY the
#    wheels named in requirements/build.txt, each checked against its SHA-256 hash
#    (pip --require-hashes --only-binary=:all:). A new lock file gets a new environment.
# 2. Runs PyInstaller on installer/crisisplan.spec.
# 3. Adds the Linux desktop entry, icon and per-user installer (install.sh) to the folder.
# 4. Runs the frozen app's --self-test (offscreen); the build fails if any check fails.
#
# Environment: CRISISPLAN_PYTHON (default python3.11; it must be built with --enable-shared),
# CRISISPLAN_BUILD_CACHE (default ${XDG_CACHE_HOME:-~/.cache}/crisisplan-build).
# Nothing is downloaded at install time: the folder holds everything the app needs.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DIST="$ROOT/dist"
WORK="$ROOT/build/pyinstaller"
SELF_TEST=1
while [ $# -gt 0 ]; do
    case "$1" in
        --dist) DIST="$2"; shift 2 ;;
        --work) WORK="$2"; shift 2 ;;
        --no-self-test) SELF_TEST=0; shift ;;
        -h|--help) sed -n '2,17p' "$0"; exit 0 ;;
        *) echo "build.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
    esac
done
mkdir -p "$DIST" "$WORK"
DIST="$(cd "$DIST" && pwd)"
WORK="$(cd "$WORK" && pwd)"

PY="${CRISISPLAN_PYTHON:-python3.11}"
command -v "$PY" >/dev/null 2>&1 || { echo "build.sh: $PY not found (set CRISISPLAN_PYTHON)" >&2; exit 1; }
"$PY" -c 'import sys, sysconfig; sys.exit(sys.version_info[:2] != (3, 11) or not sysconfig.get_config_var("Py_ENABLE_SHARED"))' ||
    { echo "build.sh: $PY must be CPython 3.11 built with --enable-shared (PyInstaller needs libpython)" >&2; exit 1; }

LOCK="$ROOT/requirements/build.txt"
CACHE="${CRISISPLAN_BUILD_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/crisisplan-build}"
KEY="$( { cat "$LOCK"; "$PY" -c 'import sys; print(sys.version)'; } | sha256sum | cut -c1-16)"
VENV="$CACHE/venv-$KEY"
mkdir -p "$CACHE"
exec 9>"$CACHE/.lock"
flock 9  # one build at a time makes or uses the cached environment
if [ ! -f "$VENV/.complete" ]; then
    echo "build.sh: making the build environment $VENV (hash-checked wheels only)" >&2
    rm -rf "$VENV"
    "$PY" -m venv "$VENV"
    if ! "$VENV/bin/python" -m pip install --disable-pip-version-check --no-input --require-hashes \
            --only-binary=:all: --no-deps -r "$LOCK" >"$CACHE/pip-$KEY.log" 2>&1; then
        cat "$CACHE/pip-$KEY.log" >&2
        echo "build.sh: installing the locked build requirements failed (log above)" >&2
        exit 1
    fi
    "$VENV/bin/python" -m pip check >&2
    touch "$VENV/.complete"
    # Environments of older lock files are of no further use.
    find "$CACHE" -mindepth 1 -maxdepth 1 -name 'venv-*' ! -name "venv-$KEY" -exec rm -rf {} +
fi

VERSION="$("$VENV/bin/python" -c "import sys; sys.path.insert(0, '$ROOT'); import crisisplan; print(crisisplan.__version__)")"
echo "build.sh: building crisisplan $VERSION into $DIST/crisisplan" >&2
start=$(date +%s)
(cd "$ROOT" && "$VENV/bin/python" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath "$DIST" --workpath "$WORK" installer/crisisplan.spec)
APP="$DIST/crisisplan"
cp "$ROOT/installer/crisisplan.desktop" "$ROOT/resources/icons/crisisplan.svg" "$APP/"
install -m 0755 "$ROOT/installer/install-linux.sh" "$APP/install.sh"
echo "build.sh: PyInstaller finished in $(( $(date +%s) - start )) s" >&2

if [ "$SELF_TEST" = 1 ]; then
    QT_QPA_PLATFORM=offscreen "$APP/crisisplan" --self-test
fi
echo "build.sh: done: $APP (run $APP/install.sh to install it for this user)" >&2
