//! One strategy option: a way of spending on customer relationships, with its costs,
//! levers, custom benefits, realisation schedule and risk adjustments (model.md §2).

use super::benefit_line::BenefitLine;
use super::cost_line::CostLine;
use super::lever_ranges::LeverRanges;
use super::levers::Levers;
use rust_decimal::Decimal;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
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

#[derive(Clone, Debug, PartialEq)]
pub struct StrategyOption {
    /// Unique within the scenario; `a-z`, `0-9`, `-`, `_` (checked by validation).
    pub id: String,
    pub name: String,
    pub kind: OptionKind,
    pub costs: Vec<CostLine>,
    pub levers: Levers,
    pub custom_benefits: Vec<BenefitLine>,
    /// % of benefits realised in years 1, 2, 3, …; the last value repeats; empty = 100.
    pub realisation: Vec<Decimal>,
    pub benefit_risk: Decimal,
    pub cost_risk: Decimal,
    /// Per-lever `[low, high]` for the analysis (file version 2; model.md §3a).
    pub ranges: LeverRanges,
}
