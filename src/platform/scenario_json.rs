//! Scenario JSON in the browser: read by the app's own reader (`crate::json`, shared
//! with the native tests), written through serde-wasm-bindgen and `JSON.stringify`,
//! which keeps serde_json out of the wasm (smaller first visit).

use crate::model::scenario_file::{self, ReadError};
use crate::model::Scenario;

/// Reads a scenario file's text with every check of contract.md §1.
pub fn read(text: &str) -> Result<Scenario, ReadError> {
    scenario_file::read(text)
}

/// The scenario as the JSON document of contract.md §1.
pub fn write(scenario: &Scenario) -> String {
    let serializer = serde_wasm_bindgen::Serializer::json_compatible();
    serde::Serialize::serialize(scenario, &serializer)
        .ok()
        .and_then(|v| js_sys::JSON::stringify(&v).ok())
        .and_then(|s| s.as_string())
        .unwrap_or_default()
}
