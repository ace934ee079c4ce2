#!/usr/bin/env bash
# Installs what itinera needs, skipping whatever is already there at the right version.
#   scripts/install.sh build   -> wasm target, Trunk, wasm-bindgen CLI, npm's binaryen (wasm-opt)
#   scripts/install.sh test    -> all of build, plus Chromium, ChromeDriver and playwright-core,
#                                 and the Python venv (scripts/install-python.sh)
# Versions are pinned (see ../shared/TOOLCHAIN.md for why each pin exists).
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
WASM_BINDGEN_VERSION=0.2.130
what=${1:-build}

say() { printf 'install: %s\n' "$*" >&2; }

if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

if ! trunk --version 2>/dev/null | grep -q " $TRUNK_VERSION"; then
  say "building Trunk $TRUNK_VERSION (several minutes, once)"
  cargo install --locked trunk --version "$TRUNK_VERSION"
fi

# Trap: --locked fails for wasm-bindgen-cli (its lockfile names a crate the registry lacks).
if ! wasm-bindgen --version 2>/dev/null | grep -q " $WASM_BINDGEN_VERSION"; then
  say "building wasm-bindgen-cli $WASM_BINDGEN_VERSION (a few minutes, once)"
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
fi

# npm packages: binaryen (wasm-opt 132; Debian's is too old) and playwright-core.
if [ ! -x node_modules/.bin/wasm-opt ] || [ ! -d node_modules/playwright-core ] \
   || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "installing npm packages (binaryen, playwright-core)"
  npm ci --no-audit --no-fund --loglevel=error
fi

if [ "$what" = test ]; then
  if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
    say "installing Debian's chromium and chromium-driver"
    export DEBIAN_FRONTEND=noninteractive
    SUDO=""; [ "$(id -u)" = 0 ] || SUDO=sudo
    $SUDO apt-get update -qq
    $SUDO apt-get install -y -qq chromium chromium-driver >/dev/null
  fi
fi
# The Python package's tools (a venv in .venv: maturin, pytest, dask[distributed]).
if [ "$what" = test ]; then
  scripts/install-python.sh
fi
say "ok ($what)"
