//! Entry point: only mounts the app (see `lib.rs`).

#[cfg(target_arch = "wasm32")]
fn main() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(crm_roi::App);
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("crm-roi is a web app: build it with `make dist` or run `make serve`.");
}
