//! How far each lever of an option may plausibly land (file version 2, `ranges`): the
//! spread of the analysis of model.md §3a. A lever without a range varies by the
//! scenario's `uncertainty` instead.
//!
//! In the file: `"ranges": {"churn_reduction": ["1", "5"], …}`; validation checks
//! low ≤ the lever's value ≤ high within the lever's 0..=100 range.

use super::levers::{Lever, Levers};
use rust_decimal::Decimal;

/// `[low, high]` of one lever.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LeverRange {
    pub low: Decimal,
    pub high: Decimal,
}

/// The ranges given for an option's levers; absent ones are `None`.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct LeverRanges {
    pub churn_reduction: Option<LeverRange>,
    pub revenue_uplift: Option<LeverRange>,
    pub cross_sell_rate: Option<LeverRange>,
    pub upsell_rate: Option<LeverRange>,
    pub referral_rate: Option<LeverRange>,
    pub service_deflection: Option<LeverRange>,
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
        let r = crate::model::file_read::lever_ranges(&crate::json::parse(r#"{"churn_reduction": ["1", "5"]}"#).unwrap()).unwrap();
        assert_eq!(r.get(Lever::ChurnReduction), Some(LeverRange { low: d("1"), high: d("5") }));
        assert_eq!(r.get(Lever::UpsellRate), None);
        assert!(!r.is_empty() && LeverRanges::default().is_empty());
        let mut written = String::new();
        crate::model::file_write::ranges(&mut written, &r);
        assert_eq!(written, r#"{"churn_reduction":["1","5"]}"#);
        let short = crate::json::parse(r#"{"churn_reduction": ["1"]}"#).unwrap();
        let e = crate::model::file_read::lever_ranges(&short).unwrap_err();
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
