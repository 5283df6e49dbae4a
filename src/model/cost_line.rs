//! One line of what an option costs (model.md §2, "Cost lines").

use super::scale::Scale;
use super::timing::Timing;
use serde::{Deserialize, Serialize};
use super::line_file::LineFile;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CostCategory {
    Labour,
    Technology,
    Marketing,
    Time,
    Opportunity,
    Other,
}

impl CostCategory {
    pub const ALL: [CostCategory; 6] = [
        CostCategory::Labour,
        CostCategory::Technology,
        CostCategory::Marketing,
        CostCategory::Time,
        CostCategory::Opportunity,
        CostCategory::Other,
    ];

    /// The file name of the category, also used as a translation and test-id key.
    pub fn key(self) -> &'static str {
        match self {
            CostCategory::Labour => "labour",
            CostCategory::Technology => "technology",
            CostCategory::Marketing => "marketing",
            CostCategory::Time => "time",
            CostCategory::Opportunity => "opportunity",
            CostCategory::Other => "other",
        }
    }

    pub fn index(self) -> usize {
        self as usize
    }

    /// Whether the form offers quantity × unit cost for this category (staff × salary,
    /// hours × rate, capital × alternative return).
    pub fn offers_per_unit(self) -> bool {
        matches!(self, CostCategory::Labour | CostCategory::Time | CostCategory::Opportunity)
    }

    /// Whether the unit cost is a rate rather than money: opportunity cost is capital ×
    /// an alternative return, entered in % and stored as a fraction (5 % is 0.05), so
    /// that quantity × unit cost is still the money of the line.
    pub fn unit_cost_is_rate(self) -> bool {
        self == CostCategory::Opportunity
    }
}

/// Where in the customer life cycle a cost falls; informative only, it changes no number.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Stage {
    Acquisition,
    Retention,
    Expansion,
}

impl Stage {
    pub const ALL: [Stage; 3] = [Stage::Acquisition, Stage::Retention, Stage::Expansion];

    pub fn key(self) -> &'static str {
        match self {
            Stage::Acquisition => "acquisition",
            Stage::Retention => "retention",
            Stage::Expansion => "expansion",
        }
    }
}

/// A cost line. In the file its timing is flat on the line ([`super::line_file::LineFile`]).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(try_from = "LineFile", into = "LineFile")]
pub struct CostLine {
    pub label: String,
    pub category: CostCategory,
    pub stage: Option<Stage>,
    pub timing: Timing,
    /// Grows with the business (file version 2); `None` is a fixed amount.
    pub scale: Option<Scale>,
}

impl CostLine {
    /// A fixed cost line with no stage. Every line is built here (the file reader, the
    /// presets, the form), so a new field gets its default in one place.
    pub fn new(label: impl Into<String>, category: CostCategory, timing: Timing) -> Self {
        CostLine { label: label.into(), category, stage: None, timing, scale: None }
    }

    /// The same line, scaled by `scale`.
    pub fn scaled(self, scale: Scale) -> CostLine {
        CostLine { scale: Some(scale), ..self }
    }
}
