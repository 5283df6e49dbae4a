//! Fetches the translation file of a language that is not compiled in
//! (`./locales/<code>.txt`, copied into the build by Trunk and precached for offline
//! use), so only the default language's text is in the wasm of a first visit.

use crate::i18n::{self, Lang};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

async fn fetch_text(url: &str) -> Option<String> {
    let window = web_sys::window()?;
    let response: web_sys::Response = JsFuture::from(window.fetch_with_str(url)).await.ok()?.dyn_into().ok()?;
    if !response.ok() {
        return None;
    }
    JsFuture::from(response.text().ok()?).await.ok()?.as_string()
}

/// Makes sure the text of `lang` is there; `false` if it could not be fetched (the
/// caller then stays in the current language).
pub async fn ensure(lang: Lang) -> bool {
    if i18n::is_loaded(lang) {
        return true;
    }
    match fetch_text(&format!("./locales/{}.txt", lang.code())).await {
        Some(text) => {
            i18n::install(lang, text);
            i18n::is_loaded(lang)
        }
        None => false,
    }
}
