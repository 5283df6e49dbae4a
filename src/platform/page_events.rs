//! Page events that matter for keeping the visitor's work: the page being left or
//! hidden, another tab writing to localStorage, and a link opened in this page. Only the listeners; what to do is
//! the caller's (`crate::autosave`).

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// Calls `f` when the page is left (`pagehide`) or hidden (`visibilitychange`), the
/// last moments at which a save is sure to happen.
pub fn on_leave(f: impl Fn() + Clone + 'static) {
    let on_hide = f.clone();
    let _ = leptos::prelude::window_event_listener(leptos::ev::pagehide, move |_| on_hide());
    // `visibilitychange` fires on the document, not the window.
    if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
        let hidden_doc = doc.clone();
        let on_change = Closure::<dyn Fn()>::new(move || {
            if hidden_doc.hidden() {
                f();
            }
        });
        let _ = doc.add_event_listener_with_callback("visibilitychange", on_change.as_ref().unchecked_ref());
        // Lives as long as the page.
        on_change.forget();
    }
}

/// Calls `f` with the new text whenever another tab writes localStorage's `key`.
pub fn on_stored_elsewhere(key: &'static str, f: impl Fn(Option<String>) + 'static) {
    let _ = leptos::prelude::window_event_listener(leptos::ev::storage, move |e: web_sys::StorageEvent| {
        if e.key().as_deref() == Some(key) {
            f(e.new_value());
        }
    });
}

/// Calls `f` when the address's hash changes while the page is open (a share link
/// followed in the same tab: the browser does not reload for a new hash).
pub fn on_hash_change(f: impl Fn() + 'static) {
    let _ = leptos::prelude::window_event_listener(leptos::ev::hashchange, move |_| f());
}
