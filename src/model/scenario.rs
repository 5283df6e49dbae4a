//! A whole scenario: settings, the baseline and the options compared (model.md §1).
//! It serialises to exactly the document of contract.md §1; reading one goes through
//! [`super::scenario_file`], which checks `format`, `version`, size and ranges.

use super::baseline::Baseline;
use super::strategy_option::StrategyOption;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize, Serializer};

pub const FORMAT: &str = "crm-roi-scenario";
pub const VERSION: u32 = 2;

/// The analysis' default spread of unranged inputs, ±20 % (model.md §3a).
pub const DEFAULT_UNCERTAINTY: Decimal = Decimal::from_parts(20, 0, 0, false, 0);

/// Writes `"format": "crm-roi-scenario"`; carries no data, so it cannot be wrong.
/// Reading checks the document's `format` before the scenario is read
/// ([`super::scenario_file`]), so it is skipped there.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct FormatTag;

impl Serialize for FormatTag {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(FORMAT)
    }
}

/// Writes `"version": 2`, the version this build writes (older ones are migrated in
/// [`super::scenario_file`] before the scenario is read).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct VersionTag;

impl Serialize for VersionTag {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_u32(VERSION)
    }
}

fn default_uncertainty() -> Decimal {
    DEFAULT_UNCERTAINTY
}

/// The document of contract.md §1, member for member in this order.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Scenario {
    #[serde(skip_deserializing)]
    pub format: FormatTag,
    #[serde(skip_deserializing)]
    pub version: VersionTag,
    #[serde(default)]
    pub name: String,
    /// ISO 4217 code, three upper-case letters.
    pub currency: String,
    /// N, 1..=10.
    pub horizon_years: u32,
    /// d, % per year, 0..=100.
    #[serde(with = "super::decimal_text")]
    pub discount_rate: Decimal,
    pub baseline: Baseline,
    pub options: Vec<StrategyOption>,
    /// U, % by which unranged inputs vary in the analysis, 0..=100 (file version 2).
    #[serde(default = "default_uncertainty", with = "super::decimal_text")]
    pub uncertainty: Decimal,
}
