# itinera: `make serve` serves the page, `make test` runs every test.
# Both install what is missing first (scripts/install.sh), idempotently.
SHELL := /bin/bash
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
SHARED ?= ../shared
# The page's wasm: the engine built for speed (opt-level 3, Cargo.toml), the interface and
# its libraries for size (opt-level "s"), fat LTO, wasm-opt -O3 --converge in index.html
# (--converge repeats the passes until the wasm stops shrinking). Measured 2026-12-05 against
# everything at opt-level 3: first load 1.509 -> 1.406 MB gzipped (`make size`, bar 1.5 MB),
# and the engine no slower in the page (`node tests/e2e/timing.mjs 5`: seed 5.4 -> 3.1 ms,
# 1 MB 202 -> 198 ms median), the page interactive sooner (444 -> 389 ms).
WASM_PROFILE := CARGO_PROFILE_RELEASE_OPT_LEVEL=3 CARGO_PROFILE_RELEASE_LTO=true CARGO_PROFILE_RELEASE_PANIC=abort

.PHONY: serve test dist install install-test lint test-native test-wasm test-e2e cli eval bench size python test-python

install:
	@scripts/install.sh build

install-test:
	@scripts/install.sh test

## Serve the page on http://127.0.0.1:8080 (address, port and no live-reload: Trunk.toml;
## TRUNK_SERVE_PORT=8090 picks another port).
serve: install
	$(WASM_PROFILE) trunk serve --release

## Build dist/ with relative paths, for any static host or a sub-path.
dist: install
	$(WASM_PROFILE) trunk build --release --public-url ./

## Every test: formatting, lints, native tests, browser tests, end-to-end tests.
test: install-test lint test-native test-python test-wasm test-e2e

lint:
	cargo fmt --all -- --check
	cargo clippy --workspace --all-targets -- -D warnings
	cargo clippy --target wasm32-unknown-unknown -p itinera-web --all-targets -- -D warnings

test-native:
	cargo test --workspace

test-wasm:
	CHROMEDRIVER=/usr/bin/chromedriver cargo test --target wasm32-unknown-unknown -p itinera-web

test-e2e: dist
	node --test tests/e2e/

cli:
	cargo build --release -p itinera-cli

## The Python package (python/, PyO3 + maturin), built for speed into .venv (made if missing).
python:
	@scripts/install-python.sh
	VIRTUAL_ENV=$(CURDIR)/.venv .venv/bin/maturin develop --release --quiet -m python/Cargo.toml

## pytest on the Python package and on the Dask example (a LocalCluster of two processes).
test-python: python
	.venv/bin/python -m pytest -q python/tests

## Score `itinera analyze` on every shared data set (needs ../shared beside the repo).
eval: cli
	@scripts/eval.sh $(SHARED)

## Engine speed per stage on the seed, 100 KB and 1 MB (criterion; a median table at the end).
## The seed is read from $(SHARED), never copied into the repo.
bench:
	ITINERA_SEED=$(abspath $(SHARED))/data/trips/dev/00.txt cargo bench -p itinera-engine --bench pipeline

## Gzipped size of every file in dist/ (builds it first).
size: dist
	@scripts/size.sh dist
