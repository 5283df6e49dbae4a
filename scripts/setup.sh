#!/usr/bin/env bash
# Installs what building and testing need, reusing whatever is already installed, so a
# second run takes seconds. Nothing here downloads a prebuilt binary: every tool comes
# from a package registry (crates.io, npm, Debian).
#
#   scripts/setup.sh          tools to build (wasm target, Trunk, wasm-bindgen, wasm-opt)
#   scripts/setup.sh browser  the same, plus Debian's Chromium for the browser tests
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14   # newer Trunk needs a newer rustc than this machine's
say() { printf '\033[1msetup:\033[0m %s\n' "$*"; }

# The wasm-bindgen CLI must equal the wasm-bindgen crate in Cargo.lock exactly; the
# version is read from there so it is written down only once.
WASM_BINDGEN_VERSION=$(awk '$0 == "name = \"wasm-bindgen\"" { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
[ -n "$WASM_BINDGEN_VERSION" ] || { echo "setup: no wasm-bindgen in Cargo.lock" >&2; exit 1; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

# The release build rebuilds the standard library for size (Makefile, SIZE_BUILD), from
# the toolchain's own source component.
if ! rustup component list --installed | grep -qx rust-src; then
  say "adding the rust-src component"
  rustup component add rust-src
fi

# `make test` runs clippy with warnings denied (unwrap_used/expect_used among them).
if ! rustup component list --installed | grep -q '^clippy'; then
  say "adding the clippy component"
  rustup component add clippy
fi

# That rebuilt standard library has crates of its own (dlmalloc, moto-rt, …) which no
# project build fetches, and Trunk runs cargo offline: on a machine with an empty crate
# cache the first release build would stop at "no matching package named 'dlmalloc'".
# Fetch them from the toolchain's own lock file (its manifest uses a cargo feature that
# RUSTC_BOOTSTRAP allows, as the release build itself does); offline first, so a warm
# machine spends no network.
STD_MANIFEST="$(rustc --print sysroot)/lib/rustlib/src/rust/library/Cargo.toml"
if ! RUSTC_BOOTSTRAP=1 cargo fetch --locked --offline --manifest-path "$STD_MANIFEST" >/dev/null 2>&1; then
  say "fetching the standard library's crates (once)"
  RUSTC_BOOTSTRAP=1 cargo fetch --locked --manifest-path "$STD_MANIFEST"
fi

# The project's own crates, so that Trunk's offline builds find every one of them.
if ! cargo fetch --locked --offline >/dev/null 2>&1; then
  say "fetching the project's crates (once)"
  cargo fetch --locked
fi

if ! trunk --version 2>/dev/null | grep -q " $TRUNK_VERSION\$"; then
  say "installing Trunk $TRUNK_VERSION (about 10 minutes, once)"
  cargo install "trunk@$TRUNK_VERSION" --locked
fi

if ! wasm-bindgen --version 2>/dev/null | grep -q " $WASM_BINDGEN_VERSION\$"; then
  say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (about 4 minutes, once)"
  # Not --locked: its pinned lock names a crate version the registry no longer has.
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force
fi

# npm packages: Playwright and binaryen (wasm-opt). `npm ci` only when the lock changed.
if ! cmp -s package-lock.json node_modules/.package-lock.json 2>/dev/null \
   && ! { [ -f node_modules/.setup-stamp ] && cmp -s package-lock.json node_modules/.setup-stamp; }; then
  say "installing npm packages"
  npm ci --no-audit --no-fund
  cp package-lock.json node_modules/.setup-stamp
fi

# Debian's Chromium for the browser tests, and a CJK font so that Chinese text is
# rendered (screenshots, the printed report's PDF) rather than shown as empty boxes.
if [ "${1:-}" = browser ]; then
  missing=()
  [ -x /usr/bin/chromium ] || missing+=(chromium)
  dpkg -s fonts-noto-cjk >/dev/null 2>&1 || missing+=(fonts-noto-cjk)
  if [ ${#missing[@]} -gt 0 ]; then
    say "installing ${missing[*]} (Debian packages)"
    SUDO=; [ "$(id -u)" -eq 0 ] || SUDO=sudo
    $SUDO apt-get update -q
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q "${missing[@]}"
  fi
fi

say "ready: $(trunk --version), $(wasm-bindgen --version), $(node_modules/.bin/wasm-opt --version)"
