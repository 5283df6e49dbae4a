//! One strategy option: a way of spending on customer relationships, with its costs,
//! levers, custom benefits, realisation schedule and risk adjustments (model.md §2).

use super::benefit_line::BenefitLine;
use super::cost_line::CostLine;
use super::lever_ranges::LeverRanges;
use super::levers::Levers;
use rust_decimal::Decimal;
use serde::Serialize;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
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

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct StrategyOption {
    /// Unique within the scenario; `a-z`, `0-9`, `-`, `_` (checked by validation).
    pub id: String,
    
    pub name: String,
    pub kind: OptionKind,
    
    pub costs: Vec<CostLine>,
    
    pub levers: Levers,
    
    pub custom_benefits: Vec<BenefitLine>,
    /// % of benefits realised in years 1, 2, 3, …; the last value repeats; empty = 100.
    #[serde(serialize_with = "super::decimal_serde::vec::serialize")]
    pub realisation: Vec<Decimal>,
    #[serde(serialize_with = "super::decimal_serde::serialize")]
    pub benefit_risk: Decimal,
    #[serde(serialize_with = "super::decimal_serde::serialize")]
    pub cost_risk: Decimal,
    /// Per-lever `[low, high]` for the analysis (file version 2; model.md §3a).
    #[serde(skip_serializing_if = "LeverRanges::is_empty")]
    pub ranges: LeverRanges,
}
