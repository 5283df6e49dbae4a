//! Entry point: only mounts the app (see `lib.rs`).

// No unwrap/expect: a panic aborts the page or the worker (see lib.rs).
#![cfg_attr(not(test), deny(clippy::unwrap_used, clippy::expect_used))]

/// Talc instead of Rust's default dlmalloc: smaller wasm, and faster (README: design notes).
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static TALC: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

#[cfg(all(target_arch = "wasm32", feature = "app"))]
fn main() {
    // No panic hook: it costs wasm size, and the app is built to never panic (each
    // browser test fails on a panic).

    crm_roi::start();
}

#[cfg(not(all(target_arch = "wasm32", feature = "app")))]
fn main() {
    eprintln!("crm-roi is a web app: build it with `make dist` or run `make serve`.");
}
