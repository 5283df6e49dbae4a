//! How far each lever of an option may plausibly land (file version 2, `ranges`): the
//! spread of the analysis of model.md §3a. A lever without a range varies by the
//! scenario's `uncertainty` instead.
//!
//! In the file: `"ranges": {"churn_reduction": ["1", "5"], …}`; validation checks
//! low ≤ the lever's value ≤ high within the lever's 0..=100 range.

use serde::de::{self, Deserializer};
use serde::{Deserialize, Serialize, Serializer};
use super::levers::{Lever, Levers};
use rust_decimal::Decimal;

/// `[low, high]` of one lever.
/// Why a range was refused (English; the page words it itself).
pub const RANGE_SHAPE: &str = "a range is a list of two numbers, [low, high]";

/// In the file a list of two decimals, `["1", "5"]`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LeverRange {
    pub low: Decimal,
    pub high: Decimal,
}

impl Serialize for LeverRange {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        super::decimal_text::list::serialize(&[self.low, self.high], s)
    }
}

impl<'de> Deserialize<'de> for LeverRange {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        match super::decimal_text::list::deserialize(d)?.as_slice() {
            [low, high] => Ok(LeverRange { low: *low, high: *high }),
            _ => Err(de::Error::custom(RANGE_SHAPE)),
        }
    }
}

/// The ranges given for an option's levers; absent ones are `None` (left out of the
/// file; `null` reads as absent).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct LeverRanges {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub churn_reduction: Option<LeverRange>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub revenue_uplift: Option<LeverRange>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cross_sell_rate: Option<LeverRange>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub upsell_rate: Option<LeverRange>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub referral_rate: Option<LeverRange>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub service_deflection: Option<LeverRange>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub marketing_savings: Option<LeverRange>,
}


impl LeverRanges {
    pub fn get(&self, lever: Lever) -> Option<LeverRange> {
        match lever {
            Lever::ChurnReduction => self.churn_reduction,
            Lever::RevenueUplift => self.revenue_uplift,
            Lever::CrossSellRate => self.cross_sell_rate,
            Lever::UpsellRate => self.upsell_rate,
            Lever::ReferralRate => self.referral_rate,
            Lever::ServiceDeflection => self.service_deflection,
            Lever::MarketingSavings => self.marketing_savings,
        }
    }

    pub fn set(&mut self, lever: Lever, range: Option<LeverRange>) {
        let slot = match lever {
            Lever::ChurnReduction => &mut self.churn_reduction,
            Lever::RevenueUplift => &mut self.revenue_uplift,
            Lever::CrossSellRate => &mut self.cross_sell_rate,
            Lever::UpsellRate => &mut self.upsell_rate,
            Lever::ReferralRate => &mut self.referral_rate,
            Lever::ServiceDeflection => &mut self.service_deflection,
            Lever::MarketingSavings => &mut self.marketing_savings,
        };
        *slot = range;
    }

    /// Whether no lever has a range (the field is then left out of the file).
    pub fn is_empty(&self) -> bool {
        Lever::ALL.iter().all(|l| self.get(*l).is_none())
    }

    /// Whether `range` fits `value` of the lever: low ≤ value ≤ high.
    pub fn fits(range: LeverRange, levers: &Levers, lever: Lever) -> bool {
        let value = levers.get(lever);
        range.low <= value && value <= range.high
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::test_support::d;

    #[test]
    fn reads_and_writes_pairs() {
        let read = |text: &str| crate::json::de::from_value::<LeverRanges>(&crate::json::parse(text).unwrap());
        let r = read(r#"{"churn_reduction": ["1", "5"], "upsell_rate": null}"#).unwrap();
        assert_eq!(r.get(Lever::ChurnReduction), Some(LeverRange { low: d("1"), high: d("5") }));
        assert_eq!(r.get(Lever::UpsellRate), None);
        assert!(!r.is_empty() && LeverRanges::default().is_empty());
        assert_eq!(crate::json::ser::to_string(&r), r#"{"churn_reduction":["1","5"]}"#);
        let e = read(r#"{"churn_reduction": ["1"]}"#).unwrap_err();
        assert_eq!(e.to_string(), "churn_reduction: a range is a list of two numbers, [low, high]");
    }

    #[test]
    fn set_and_fits() {
        let mut r = LeverRanges::default();
        let range = LeverRange { low: d("1"), high: d("5") };
        r.set(Lever::MarketingSavings, Some(range));
        assert_eq!(r.marketing_savings, Some(range));
        let levers = Levers { marketing_savings: d("3"), ..Levers::default() };
        assert!(LeverRanges::fits(range, &levers, Lever::MarketingSavings));
        assert!(!LeverRanges::fits(range, &Levers::default(), Lever::MarketingSavings));
    }
}
