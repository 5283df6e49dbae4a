# Every target installs what it needs first (scripts/setup.sh), reusing what is there.
SHELL := /bin/bash
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)

.PHONY: setup serve dist dist-trap test test-engine test-e2e bench clean

setup:
	@scripts/setup.sh

## make serve: the app on http://127.0.0.1:8080 with live rebuild
serve: setup
	trunk serve --address 127.0.0.1 --port 8080

# The release wasm is built with its standard library rebuilt for size (README, "Wasm
# size"): std with `optimize_for_size`, a panic that traps at once (no panic message
# is formatted: the release build never shows one anyway) and no panic locations; and
# LLVM inlines only where that makes the code smaller (-inline-threshold=0, a stable
# option). The others are unstable options of the stable toolchain, allowed by
# RUSTC_BOOTSTRAP=1 for these two builds only (`cargo test`, `cargo check` and
# `make serve` are untouched); the rustflags here are added to .cargo/config.toml's.
SIZE_BUILD := RUSTC_BOOTSTRAP=1 \
  CARGO_UNSTABLE_BUILD_STD=std,panic_abort \
  CARGO_UNSTABLE_BUILD_STD_FEATURES=optimize_for_size \
  CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="-Zunstable-options -Cpanic=immediate-abort -Zlocation-detail=none -Cllvm-args=-inline-threshold=0"

## make dist: the release build in dist/
dist: setup
	$(SIZE_BUILD) trunk build --release --public-url ./

## make dist-trap: the test build whose ?__trap= forces a wasm trap, in target/dist-trap
## (cargo feature trap-test; for tests/e2e/crash.spec.ts, never published)
dist-trap: setup
	$(SIZE_BUILD) trunk build --release --features trap-test --dist target/dist-trap --public-url ./

## make test: engine tests, lints (warnings denied), release and trap test builds,
## browser tests in Chromium
test:
	@scripts/setup.sh browser
	cargo test
	cargo clippy --all-targets --quiet -- -D warnings
	$(MAKE) --no-print-directory dist-trap
	$(MAKE) --no-print-directory dist
	npx playwright test

test-engine:
	cargo test

## make test-e2e: the browser tests, on builds of this checkout (built first)
test-e2e:
	@scripts/setup.sh browser
	$(MAKE) --no-print-directory dist-trap
	$(MAKE) --no-print-directory dist
	npx playwright test

## make bench: sizes of a first visit, engine speed, input-to-result time in Chromium
bench:
	@scripts/setup.sh browser
	$(MAKE) --no-print-directory dist
	node scripts/size-report.mjs dist
	cargo run --quiet --profile bench-native --example engine_bench
	npx playwright test --config playwright.bench.config.ts

clean:
	rm -rf dist target test-results playwright-report
