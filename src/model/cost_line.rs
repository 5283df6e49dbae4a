//! One line of what an option costs (model.md §2, "Cost lines").

use super::timing::{Timing, TimingFields};
use serde::{Deserialize, Serialize};

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

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(try_from = "CostLineFile", into = "CostLineFile")]
pub struct CostLine {
    pub label: String,
    pub category: CostCategory,
    pub stage: Option<Stage>,
    pub timing: Timing,
}

/// The flat file form of a cost line.
#[derive(Serialize, Deserialize)]
struct CostLineFile {
    #[serde(default)]
    label: String,
    category: CostCategory,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    stage: Option<Stage>,
    #[serde(flatten)]
    timing: TimingFields,
}

impl TryFrom<CostLineFile> for CostLine {
    type Error = String;
    fn try_from(f: CostLineFile) -> Result<Self, String> {
        Ok(CostLine { label: f.label, category: f.category, stage: f.stage, timing: f.timing.try_into()? })
    }
}

impl From<CostLine> for CostLineFile {
    fn from(c: CostLine) -> Self {
        CostLineFile { timing: TimingFields::from(&c.timing), label: c.label, category: c.category, stage: c.stage }
    }
}
