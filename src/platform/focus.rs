//! Moving the keyboard focus after the page changed: when a line is removed its button
//! is gone, and focus would fall to the page's body, so it moves to a neighbour.

use wasm_bindgen::JsCast;

/// Focuses the first element matching `selector`, once the page has drawn the change
/// that is under way (the next task, after the reactive updates).
pub fn focus_soon(selectors: Vec<String>) {
    leptos::prelude::set_timeout(
        move || {
            let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
            let found = selectors.iter().find_map(|s| document.query_selector(s).ok().flatten());
            if let Some(el) = found.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
                let _ = el.focus();
            }
        },
        std::time::Duration::ZERO,
    );
}
