# Sourced by ./run.sh and ./test.sh: installs the Debian packages the desktop app needs at run time
# (tools/debian-packages.txt, derived from what the app loads) plus $CRISISPLAN_EXTRA_DEBS (the tests'
# own tools), when they are missing and we are root; otherwise says what to install.
_debs_root="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
need=()
if command -v dpkg >/dev/null 2>&1; then
    while read -r pkg; do
        pkg="${pkg%%#*}"; pkg="${pkg//[[:space:]]/}"
        [ -n "$pkg" ] || continue
        dpkg -s "$pkg" >/dev/null 2>&1 || need+=("$pkg")
    done < <(cat "$_debs_root/debian-packages.txt"; printf '%s\n' ${CRISISPLAN_EXTRA_DEBS:-})
fi
if [ ${#need[@]} -gt 0 ] && command -v apt-get >/dev/null 2>&1; then
    if [ "$(id -u)" = 0 ]; then
        echo "Installing system packages: ${need[*]}" >&2
        export DEBIAN_FRONTEND=noninteractive
        if ! { apt-get update -qq && apt-get install -y -qq --no-install-recommends "${need[@]}"; } >/tmp/crisisplan-apt.log 2>&1; then
            tail -20 /tmp/crisisplan-apt.log >&2
            echo "Installing system packages failed; the lines above say why." >&2
            exit 1
        fi
    else
        echo "Missing system packages: ${need[*]} (install them with: sudo apt-get install ${need[*]}, or run as root)" >&2
    fi
fi
unset _debs_root need
