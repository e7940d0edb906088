# Sourced by ./run.sh and ./test.sh: installs the Debian packages Qt needs at run time (and, for the
# tests, Xvfb and poppler-utils) when they are missing and we are root; otherwise says what to install.
need=()
for lib in libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 fonts-dejavu-core \
           libxcb-cursor0 ${CRISISPLAN_EXTRA_DEBS:-}; do
    dpkg -s "$lib" >/dev/null 2>&1 || need+=("$lib")
done
if [ ${#need[@]} -gt 0 ] && command -v apt-get >/dev/null 2>&1; then
    if [ "$(id -u)" = 0 ]; then
        export DEBIAN_FRONTEND=noninteractive
        apt-get update -qq && apt-get install -y -qq "${need[@]}" >/dev/null
    else
        echo "Missing system packages: ${need[*]} (install them, or run as root)" >&2
    fi
fi
