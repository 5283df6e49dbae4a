//! The workspace in localStorage: loading it at start (with every way that can go
//! wrong), saving it, and the backup of text that could not be read.

use super::storage;
use crate::persist::envelope::{self, Envelope, StoreError};
use wasm_bindgen::JsValue;

pub enum Loaded {
    /// Nothing stored yet.
    Fresh,
    Restored(Envelope),
    /// Stored text that cannot be trusted; it has been copied to the backup key.
    Unreadable(StoreError),
    /// No working localStorage: the app keeps its work in memory only.
    Unavailable,
}


pub fn load() -> Loaded {
    if !storage::available() {
        return Loaded::Unavailable;
    }
    let Some(text) = storage::get(envelope::KEY) else { return Loaded::Fresh };
    match envelope::read(&text) {
        Ok(e) => Loaded::Restored(e),
        Err(error) => {
            // Keep what could not be read, so the visitor can download it; the next
            // save would otherwise replace it.
            storage::set(envelope::BACKUP_KEY, &text);
            Loaded::Unreadable(error)
        }
    }
}

/// The envelope as JSON text.
pub fn to_json(e: &Envelope) -> Option<String> {
    let serializer = serde_wasm_bindgen::Serializer::json_compatible();
    let value: JsValue = serde::Serialize::serialize(e, &serializer).ok()?;
    js_sys::JSON::stringify(&value).ok()?.as_string()
}

/// Saves; `false` when storage refused (unavailable or full).
pub fn save(e: &Envelope) -> bool {
    to_json(e).is_some_and(|text| storage::set(envelope::KEY, &text))
}

/// The text kept under the backup key, if any.
pub fn backup() -> Option<String> {
    storage::get(envelope::BACKUP_KEY)
}
