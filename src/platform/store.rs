//! The workspace in localStorage: loading it at start (with every way that can go
//! wrong), saving it, and the backup of text that could not be read.

use super::storage;
use crate::persist::envelope::{self, Envelope, StoreError};

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

/// Saves; `false` when storage refused (unavailable or full).
pub fn save(e: &Envelope) -> bool {
    storage::set(envelope::KEY, &envelope::to_json(e))
}

/// The text kept under the backup key, if any.
pub fn backup() -> Option<String> {
    storage::get(envelope::BACKUP_KEY)
}
