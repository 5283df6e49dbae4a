//! A custom benefit line: a profit the visitor expects that no lever covers. Entered
//! as profit, so no margin is applied (model.md §2).

use super::line_file::LineFile;
use serde::{Deserialize, Serialize};
use super::scale::Scale;
use super::timing::Timing;

/// A custom benefit line. In the file its timing is flat on the line ([`super::line_file::LineFile`]).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(try_from = "LineFile", into = "LineFile")]
pub struct BenefitLine {
    pub label: String,
    pub timing: Timing,
    /// Grows with the business (file version 2); `None` is a fixed amount.
    pub scale: Option<Scale>,
}

impl BenefitLine {
    /// A fixed custom benefit line. Every line is built here (the file reader, the
    /// form), so a new field gets its default in one place.
    pub fn new(label: impl Into<String>, timing: Timing) -> Self {
        BenefitLine { label: label.into(), timing, scale: None }
    }
}
