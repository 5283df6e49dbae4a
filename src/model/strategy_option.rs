//! One strategy option: a way of spending on customer relationships, with its costs,
//! levers, custom benefits, realisation schedule and risk adjustments (model.md §2).

use super::benefit_line::BenefitLine;
use super::cost_line::CostLine;
use super::lever_ranges::LeverRanges;
use super::levers::Levers;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum OptionKind {
    Personalised,
    Automated,
    DataDriven,
    Custom,
}

impl OptionKind {
    pub const ALL: [OptionKind; 4] =
        [OptionKind::Personalised, OptionKind::Automated, OptionKind::DataDriven, OptionKind::Custom];

    pub fn key(self) -> &'static str {
        match self {
            OptionKind::Personalised => "personalised",
            OptionKind::Automated => "automated",
            OptionKind::DataDriven => "data_driven",
            OptionKind::Custom => "custom",
        }
    }
}

/// An option in the file: `id` and `kind` are required, the rest has defaults.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct StrategyOption {
    /// Unique within the scenario; `a-z`, `0-9`, `-`, `_` (checked by validation).
    pub id: String,
    #[serde(default)]
    pub name: String,
    pub kind: OptionKind,
    #[serde(default)]
    pub costs: Vec<CostLine>,
    #[serde(default)]
    pub levers: Levers,
    #[serde(default)]
    pub custom_benefits: Vec<BenefitLine>,
    /// % of benefits realised in years 1, 2, 3, …; the last value repeats; empty = 100.
    #[serde(default, with = "super::decimal_text::list")]
    pub realisation: Vec<Decimal>,
    #[serde(default, with = "super::decimal_text")]
    pub benefit_risk: Decimal,
    #[serde(default, with = "super::decimal_text")]
    pub cost_risk: Decimal,
    /// Per-lever `[low, high]` for the analysis (file version 2; model.md §3a); left
    /// out of the file when no lever has one.
    #[serde(default, skip_serializing_if = "LeverRanges::is_empty")]
    pub ranges: LeverRanges,
}
