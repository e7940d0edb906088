# Sourced by ./test.sh: installs the phone verifier's node packages (verifier/package-lock.json)
# with `npm ci` when node_modules is missing or the lockfile changed since the last install.
if [ -f verifier/package-lock.json ]; then
    stamp=verifier/node_modules/.crisisplan-lock
    if [ ! -f "$stamp" ] || ! cmp -s verifier/package-lock.json "$stamp"; then
        if command -v npm >/dev/null 2>&1; then
            echo "Installing the phone verifier's node packages (npm ci)..." >&2
            (cd verifier && npm ci --no-audit --no-fund --loglevel=error >&2) && cp verifier/package-lock.json "$stamp"
        else
            echo "npm is missing: install nodejs and npm to run the phone verifier tests" >&2
        fi
    fi
fi
