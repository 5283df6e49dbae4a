//! Scenario JSON in the browser: read and written by the app's own code
//! (`model::scenario_file`: derived serde types), shared with the native tests.

use crate::model::scenario_file::{self, ReadError};
use crate::model::Scenario;

/// Reads a scenario file's text with every check of contract.md §1.
pub fn read(text: &str) -> Result<Scenario, ReadError> {
    scenario_file::read(text)
}

/// The scenario as the JSON document of contract.md §1.
pub fn write(scenario: &Scenario) -> String {
    scenario_file::write(scenario)
}
