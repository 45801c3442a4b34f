#!/usr/bin/env bash
# The DuckLake tests start a throwaway PostgreSQL server of their own (tests/postgres_server.py). This
# installs Debian's server package where its binaries are missing; `make test` runs it first. Installing
# needs root, as CI has. It starts nothing: the tests start and stop their own server on 127.0.0.1.
set -euo pipefail
if compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null || command -v initdb >/dev/null; then
    exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
    echo "PostgreSQL's server binaries are missing and installing them needs root: apt-get install postgresql" >&2
    exit 1
fi
echo "installing PostgreSQL's server binaries (Debian package postgresql) for the DuckLake tests"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
# policy-rc.d 101: the package's own cluster is not started (the tests start theirs on a free port).
if [ ! -e /usr/sbin/policy-rc.d ]; then
    printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d && chmod +x /usr/sbin/policy-rc.d
    trap 'rm -f /usr/sbin/policy-rc.d' EXIT
fi
apt-get install -y -qq --no-install-recommends postgresql >/dev/null
