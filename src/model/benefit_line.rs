//! A custom benefit line: a profit the visitor expects that no lever covers. Entered
//! as profit, so no margin is applied (model.md §2).

use super::timing::{Timing, TimingFields};
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(try_from = "BenefitLineFile", into = "BenefitLineFile")]
pub struct BenefitLine {
    pub label: String,
    pub timing: Timing,
}

#[derive(Serialize, Deserialize)]
struct BenefitLineFile {
    #[serde(default)]
    label: String,
    #[serde(flatten)]
    timing: TimingFields,
}

impl TryFrom<BenefitLineFile> for BenefitLine {
    type Error = String;
    fn try_from(f: BenefitLineFile) -> Result<Self, String> {
        Ok(BenefitLine { label: f.label, timing: f.timing.try_into()? })
    }
}

impl From<BenefitLine> for BenefitLineFile {
    fn from(b: BenefitLine) -> Self {
        BenefitLineFile { timing: TimingFields::from(&b.timing), label: b.label }
    }
}
