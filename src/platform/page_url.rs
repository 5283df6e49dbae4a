//! The page's query parameters and hash (contract.md §2).

fn location() -> Option<web_sys::Location> {
    web_sys::window().map(|w| w.location())
}

/// A query parameter, decoded; `None` when absent or unreadable.
pub fn query_param(name: &str) -> Option<String> {
    let search = location()?.search().ok()?;
    let params = web_sys::UrlSearchParams::new_with_str(&search).ok()?;
    params.get(name)
}

/// The hash, with its `#`, or an empty string.
pub fn hash() -> String {
    location().and_then(|l| l.hash().ok()).unwrap_or_default()
}

/// The browser's preferred languages, most preferred first.
pub fn preferred_languages() -> Vec<String> {
    let Some(nav) = web_sys::window().map(|w| w.navigator()) else { return Vec::new() };
    let list: Vec<String> = nav.languages().iter().filter_map(|v| v.as_string()).collect();
    if list.is_empty() {
        nav.language().into_iter().collect()
    } else {
        list
    }
}

/// Removes the hash from the address without reloading or adding a history entry.
pub fn clear_hash() {
    let Some(w) = web_sys::window() else { return };
    let loc = w.location();
    let (Ok(path), Ok(search)) = (loc.pathname(), loc.search()) else { return };
    if let Ok(history) = w.history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&format!("{path}{search}")));
    }
}

/// Sets a query parameter in the address, keeping the others and the hash, without
/// reloading or adding a history entry.
pub fn set_query_param(name: &str, value: &str) {
    let Some(w) = web_sys::window() else { return };
    let loc = w.location();
    let (Ok(path), Ok(search), Ok(hash)) = (loc.pathname(), loc.search(), loc.hash()) else { return };
    let Ok(params) = web_sys::UrlSearchParams::new_with_str(&search) else { return };
    params.set(name, value);
    let query = String::from(params.to_string());
    if let Ok(history) = w.history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&format!("{path}?{query}{hash}")));
    }
}

/// The page's address without its hash, for share links.
pub fn address_without_hash() -> String {
    let Some(loc) = web_sys::window().map(|w| w.location()) else { return String::new() };
    let href = loc.href().unwrap_or_default();
    href.split('#').next().unwrap_or_default().to_owned()
}

/// The app's own address without query or hash (`https://calc.example/roi/`), for the
/// embed snippet.
pub fn app_address() -> String {
    let Some(loc) = location() else { return String::new() };
    format!("{}{}", loc.origin().unwrap_or_default(), loc.pathname().unwrap_or_default())
}
