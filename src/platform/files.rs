//! Files and the clipboard: download a text as a file, read a chosen file, copy text.

use crate::model::scenario_file::ReadError;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// Offers `text` as a download named `name`. `false` if the browser refused.
pub fn download(name: &str, mime: &str, text: &str) -> bool {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else { return false };
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else { return false };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else { return false };
    let Some(a) = doc.create_element("a").ok().and_then(|e| e.dyn_into::<web_sys::HtmlAnchorElement>().ok()) else {
        return false;
    };
    a.set_href(&url);
    a.set_download(name);
    a.click();
    let _ = web_sys::Url::revoke_object_url(&url);
    true
}

/// The text of a scenario file the visitor chose. A file larger than `max_bytes` is
/// refused by its size, before a byte of it is read: reading a file of hundreds of
/// megabytes into the wasm memory would take long or fail. One that cannot be read is
/// reported as not JSON.
pub async fn read_text(file: web_sys::File, max_bytes: usize) -> Result<String, ReadError> {
    let size = file.size();
    // `as` saturates: a size beyond usize is no panic.
    if size.is_nan() || size > max_bytes as f64 {
        return Err(ReadError::TooLarge { bytes: size as usize });
    }
    let text = JsFuture::from(file.text()).await.ok().and_then(|t| t.as_string());
    text.ok_or_else(|| ReadError::NotJson(String::new()))
}

/// Copies `text` to the clipboard; `false` when the browser does not allow it (the
/// caller then shows the text to copy by hand).
pub async fn copy(text: &str) -> bool {
    let Some(clipboard) = web_sys::window().map(|w| w.navigator().clipboard()) else { return false };
    JsFuture::from(clipboard.write_text(text)).await.is_ok()
}

/// Milliseconds since the epoch, for "later write wins".
pub fn now() -> u64 {
    js_sys::Date::now() as u64
}
