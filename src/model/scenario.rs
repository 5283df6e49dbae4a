//! A whole scenario: settings, the baseline and the options compared (model.md §1).
//! It serialises to exactly the document of contract.md §1; reading one goes through
//! [`super::scenario_file`], which checks `format`, `version`, size and ranges.

use super::baseline::Baseline;
use super::strategy_option::StrategyOption;
use rust_decimal::Decimal;

pub const FORMAT: &str = "crm-roi-scenario";
pub const VERSION: u32 = 2;

/// The analysis' default spread of unranged inputs, ±20 % (model.md §3a).
pub const DEFAULT_UNCERTAINTY: Decimal = Decimal::from_parts(20, 0, 0, false, 0);

/// Writes `"format": "crm-roi-scenario"`; carries no data, so it cannot be wrong.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct FormatTag;

/// Writes `"version": 2`, the version this build writes.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct VersionTag;

#[derive(Clone, Debug, PartialEq)]
pub struct Scenario {
    pub format: FormatTag,
    pub version: VersionTag,
    pub name: String,
    /// ISO 4217 code, three upper-case letters.
    pub currency: String,
    /// N, 1..=10.
    pub horizon_years: u32,
    /// d, % per year, 0..=100.
    pub discount_rate: Decimal,
    pub baseline: Baseline,
    pub options: Vec<StrategyOption>,
    /// U, % by which unranged inputs vary in the analysis, 0..=100 (file version 2).
    pub uncertainty: Decimal,
}
