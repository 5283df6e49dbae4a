# Every target installs what it needs first (scripts/setup.sh), reusing what is there.
SHELL := /bin/bash
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)

.PHONY: setup serve dist dist-trap test test-engine test-e2e bench clean

setup:
	@scripts/setup.sh

## make serve: the app on http://127.0.0.1:8080 with live rebuild
serve: setup
	trunk serve --address 127.0.0.1 --port 8080

## make dist: the release build in dist/
dist: setup
	trunk build --release --public-url ./

## make dist-trap: the test build whose ?__trap= forces a wasm trap, in target/dist-trap
## (cargo feature trap-test; for tests/e2e/crash.spec.ts, never published)
dist-trap: setup
	trunk build --release --features trap-test --dist target/dist-trap --public-url ./

## make test: engine tests, release and trap test builds, browser tests in Chromium
test:
	@scripts/setup.sh browser
	cargo test
	$(MAKE) --no-print-directory dist-trap
	$(MAKE) --no-print-directory dist
	npx playwright test

test-engine:
	cargo test

test-e2e:
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
