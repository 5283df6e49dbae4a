//! The page as seen by a host (contract.md §2–3): the embedding settings from the
//! query, applied to the document (theme, accent, compact layout), and, in embed mode,
//! the content height posted to the parent page.
//!
//! The height is the body's: in embed mode nothing on the page is sized by the
//! viewport, so a new iframe height can never change it again (no resize loop).
//! ResizeObserver notices every change (sections opening, text wrapping, a new
//! language); the messages are coalesced to one per animation frame and sent only
//! when the height differs from the last one sent. They carry the type and the
//! height, nothing else. The host script may ask for the height again
//! (`{"type": "crm-roi:height-request"}` from the parent window), when it starts after
//! the first message was sent.

use crate::embed::messages::Resize;
use crate::embed::{EmbedSettings, Theme};
use crate::platform::page_url;
use wasm_bindgen::prelude::*;

#[wasm_bindgen(inline_js = r#"
export function applyLook(theme, accentLight, accentDark, embed) {
  const root = document.documentElement;
  if (theme) root.dataset.theme = theme;
  if (accentLight) {
    root.style.setProperty('--accent-light', accentLight);
    root.style.setProperty('--accent-dark', accentDark);
  }
  if (embed) root.classList.add('embed');
}
export function postHeights(target, resize) {
  if (window.parent === window) return;
  let last = -1;
  let queued = false;
  const send = () => {
    queued = false;
    const height = Math.ceil(document.body.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    window.parent.postMessage(resize(height), target);
  };
  const schedule = () => {
    if (!queued) { queued = true; requestAnimationFrame(send); }
  };
  new ResizeObserver(schedule).observe(document.body);
  schedule();
  // The host script asks once when it starts, in case it missed the first message (it
  // loads async and may run after the calculator has reported its height).
  window.addEventListener('message', (event) => {
    if (event.source === window.parent && event.data && event.data.type === 'crm-roi:height-request') {
      last = -1;
      schedule();
    }
  });
}
"#)]
extern "C" {
    #[wasm_bindgen(js_name = applyLook)]
    fn apply_look(theme: &str, accent_light: &str, accent_dark: &str, embed: bool);
    #[wasm_bindgen(js_name = postHeights)]
    fn post_heights(target: &str, resize: &js_sys::Function);
}

/// The settings of this page's address.
pub fn settings() -> EmbedSettings {
    EmbedSettings::from_query(page_url::query_param)
}

/// Applies the theme, the accent and the compact layout to the document, and in embed
/// mode starts sending the content height to the parent.
pub fn apply(settings: &EmbedSettings) {
    let theme = if settings.theme == Theme::Auto { "" } else { settings.theme.code() };
    let (light, dark) = settings.accent.map(|(_, a)| (a.light.hex(), a.dark.hex())).unwrap_or_default();
    apply_look(theme, &light, &dark, settings.embed);
    if settings.embed {
        // The message itself is Rust's (`embed::messages::Resize`); the page keeps
        // this function for its whole life.
        let resize = Closure::<dyn Fn(f64) -> JsValue>::new(|height: f64| {
            let message = Resize::new(height.clamp(0.0, f64::from(u32::MAX)) as u32);
            serde_wasm_bindgen::to_value(&message).unwrap_or(JsValue::NULL)
        });
        post_heights(settings.message_target(), resize.as_ref().unchecked_ref());
        resize.forget();
    }
}
