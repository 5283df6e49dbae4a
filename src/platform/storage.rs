//! Small, safe access to localStorage. In a sandboxed or third-party iframe, or with
//! storage disabled, `window.localStorage` is missing or throws; gloo-storage would then
//! panic (`expect_throw`), so availability is checked here first and every failure is
//! an ordinary `None`/`false`. Access goes through gloo-storage once it is known to
//! be safe.

fn local_storage() -> Option<web_sys::Storage> {
    // Checked here first: gloo-storage's `raw()` would panic (`expect_throw`) without it.
    web_sys::window()?.local_storage().ok().flatten()?;
    // Its typed get/set would bring serde_json into the wasm; the envelope is already
    // JSON text, so the raw storage is all that is needed.
    Some(<gloo_storage::LocalStorage as gloo_storage::Storage>::raw())
}

/// The stored text under `key`, if storage works and has it.
pub fn get(key: &str) -> Option<String> {
    local_storage()?.get_item(key).ok().flatten()
}

/// Stores `value`; `false` when storage is unavailable or full.
pub fn set(key: &str, value: &str) -> bool {
    local_storage().map(|s| s.set_item(key, value).is_ok()).unwrap_or(false)
}

/// Whether storage really works: present and writable (Safari's private mode and a
/// full quota have a storage object whose `setItem` throws).
pub fn available() -> bool {
    const PROBE: &str = "crm-roi:probe";
    let Some(s) = local_storage() else { return false };
    let ok = s.set_item(PROBE, "1").is_ok();
    let _ = s.remove_item(PROBE);
    ok
}
