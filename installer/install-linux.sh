#!/usr/bin/env sh
# Install (or remove) the frozen crisisplan for the current user only: no root, no downloads.
# Shipped as install.sh inside the built folder (dist/crisisplan/); run it from there.
#
#   ./install.sh              copy this folder to ~/.local/lib/crisisplan, add the command
#                             ~/.local/bin/crisisplan, the menu entry and the icon
#   ./install.sh --uninstall  remove them again; the encrypted store and backups are KEPT
#
# The store lives in the user data folder (~/.local/share/crisisplan, or $XDG_DATA_HOME/crisisplan),
# never in the program folder, so installing, upgrading and uninstalling never touch it.
set -eu
HERE="$(cd "$(dirname "$0")" && pwd)"
DATA_HOME="${XDG_DATA_HOME:-$HOME/.local/share}"
PROGRAM="$HOME/.local/lib/crisisplan"
COMMAND="$HOME/.local/bin/crisisplan"
ENTRY="$DATA_HOME/applications/crisisplan.desktop"
ICON="$DATA_HOME/icons/hicolor/scalable/apps/crisisplan.svg"

if [ "${1:-}" = "--uninstall" ]; then
    rm -rf "$PROGRAM"
    rm -f "$COMMAND" "$ENTRY" "$ICON"
    echo "crisisplan has been removed. Your crisis plans have NOT been removed: the encrypted store"
    echo "is still in $DATA_HOME/crisisplan (and the demo store in $DATA_HOME/crisisplan-demo)."
    echo "Keep a backup; delete that folder yourself only when the plans are no longer needed."
    exit 0
fi
if [ -n "${1:-}" ]; then
    echo "install.sh: unknown option $1 (use --uninstall to remove crisisplan)" >&2
    exit 2
fi
if [ ! -x "$HERE/crisisplan" ] || [ ! -d "$HERE/_internal" ]; then
    echo "install.sh: run this from the built crisisplan folder (it holds crisisplan and _internal/)" >&2
    exit 1
fi
if [ "$HERE" = "$PROGRAM" ]; then
    echo "install.sh: crisisplan is already installed here" >&2
    exit 1
fi
mkdir -p "$(dirname "$PROGRAM")" "$(dirname "$COMMAND")" "$(dirname "$ENTRY")" "$(dirname "$ICON")"
rm -rf "$PROGRAM.new"
cp -R "$HERE" "$PROGRAM.new"
rm -rf "$PROGRAM"
mv "$PROGRAM.new" "$PROGRAM"
ln -sf "$PROGRAM/crisisplan" "$COMMAND"
sed "s|^Exec=crisisplan|Exec=\"$PROGRAM/crisisplan\"|" "$HERE/crisisplan.desktop" >"$ENTRY"
cp "$HERE/crisisplan.svg" "$ICON"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database "$DATA_HOME/applications" || true
echo "crisisplan is installed in $PROGRAM (command: $COMMAND; menu entry: crisisplan)."
echo "Your store will be in $DATA_HOME/crisisplan; uninstalling leaves it in place."
echo "Check the installation with: $COMMAND --self-test"
