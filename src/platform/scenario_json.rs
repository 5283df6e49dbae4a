//! Scenario JSON in the browser: parsed by the browser's `JSON.parse` and read through
//! serde-wasm-bindgen, which keeps serde_json out of the wasm (smaller first visit).

use crate::model::scenario_file::{self, ReadError};
use crate::model::Scenario;
use wasm_bindgen::{JsCast, JsValue};

/// Reads a scenario file's text with every check of contract.md §1.
pub fn read(text: &str) -> Result<Scenario, ReadError> {
    scenario_file::check_size(text)?;
    let value = js_sys::JSON::parse(text).map_err(|e| ReadError::NotJson(js_message(&e)))?;
    scenario_file::read_with(|| serde_wasm_bindgen::Deserializer::from(value.clone()))
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

fn js_message(e: &JsValue) -> String {
    e.dyn_ref::<js_sys::Error>().map(|e| String::from(e.message())).unwrap_or_default()
}
