//! Writing the app's types as JSON text through their derived `Serialize`: compact,
//! members in declaration order.
//!
//! In the browser the value goes through serde-wasm-bindgen to a JavaScript object and
//! `JSON.stringify` writes it, so no JSON writer is compiled into the wasm; natively
//! (tests, examples) serde_json writes the same text. The types hold no floats (money
//! is written as decimal strings) and only integers within 2^53 (a version, a year
//! count, a time in ms), so both give the same characters.

use serde::Serialize;

/// `value` as JSON text; empty if it cannot be written (a JavaScript exception, which
/// the app's types never cause).
#[cfg(target_arch = "wasm32")]
pub fn to_string<T: Serialize + ?Sized>(value: &T) -> String {
    let serializer = serde_wasm_bindgen::Serializer::json_compatible();
    value
        .serialize(&serializer)
        .ok()
        .and_then(|v| js_sys::JSON::stringify(&v).ok())
        .and_then(|s| s.as_string())
        .unwrap_or_default()
}

/// `value` as JSON text.
#[cfg(not(target_arch = "wasm32"))]
pub fn to_string<T: Serialize + ?Sized>(value: &T) -> String {
    serde_json::to_string(value).unwrap_or_default()
}
