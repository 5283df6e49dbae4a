//! Small, safe access to localStorage. In a sandboxed or third-party iframe, or with
//! storage disabled, `window.localStorage` is missing or throws; gloo-storage would then
//! panic (`expect_throw`), so availability is checked here first and every failure is
//! an ordinary `None`/`false`.

fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
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
