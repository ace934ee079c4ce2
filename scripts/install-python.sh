#!/usr/bin/env bash
# The Python side: a venv in .venv (made if missing) with the pinned packages of
# python/requirements-dev.txt (maturin, pytest, dask[distributed]). Idempotent: pip runs
# only when the venv is new or the list changed since the last install.
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf 'install: %s\n' "$*" >&2; }

if ! .venv/bin/python -c 'import sys; sys.exit(sys.version_info < (3, 10))' 2>/dev/null; then
  say "creating the Python venv .venv"
  rm -rf .venv
  if ! python3 -m venv .venv 2>/dev/null; then
    # Debian's own python3 keeps venv (ensurepip) in a package of its own.
    say "installing Debian's python3-venv"
    rm -rf .venv
    SUDO=""; [ "$(id -u)" = 0 ] || SUDO=sudo
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq python3-venv >/dev/null
    python3 -m venv .venv
  fi
fi
if ! cmp -s python/requirements-dev.txt .venv/.itinera-requirements; then
  say "installing Python packages into .venv (maturin, pytest, dask[distributed])"
  .venv/bin/python -m pip install --quiet --disable-pip-version-check -r python/requirements-dev.txt
  cp python/requirements-dev.txt .venv/.itinera-requirements
fi
say "ok (python)"
