//! Gentle notes on inputs that are legal but unlikely (a gross margin of 100 %, a churn
//! reduction above half the churn, …). They never block anything; the UI shows each
//! under its field. Plain Rust, so the rules are tested natively.

use crate::model::{Lever, Scenario, Timing};
use rust_decimal::Decimal;

/// One note: the contract path of the field it belongs to and its translation key.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Warning {
    pub path: String,
    pub key: &'static str,
}

fn w(path: String, key: &'static str) -> Warning {
    Warning { path, key }
}

pub fn warnings(s: &Scenario) -> Vec<Warning> {
    let mut out = Vec::new();
    let b = &s.baseline;
    let hundred = Decimal::ONE_HUNDRED;
    if b.gross_margin == hundred {
        out.push(w("baseline-gross_margin".into(), "warn.margin_full"));
    }
    if b.annual_churn > Decimal::from(60) {
        out.push(w("baseline-annual_churn".into(), "warn.churn_high"));
    }
    if b.customers.is_zero() && b.new_customers_per_year.is_zero() {
        out.push(w("baseline-customers".into(), "warn.no_customers"));
    }
    if s.discount_rate > Decimal::from(30) {
        out.push(w("settings-discount_rate".into(), "warn.discount_high"));
    }
    for o in &s.options {
        let lever = |l: Lever| o.levers.get(l);
        let half_churn = b.annual_churn / Decimal::TWO;
        if lever(Lever::ChurnReduction) > half_churn && !lever(Lever::ChurnReduction).is_zero() {
            out.push(w(format!("{}-lever-churn_reduction", o.id), "warn.churn_reduction_large"));
        }
        if lever(Lever::RevenueUplift) > Decimal::from(30) {
            out.push(w(format!("{}-lever-revenue_uplift", o.id), "warn.uplift_large"));
        }
        if lever(Lever::ServiceDeflection) > Decimal::from(80) {
            out.push(w(format!("{}-lever-service_deflection", o.id), "warn.deflection_large"));
        }
        if lever(Lever::MarketingSavings) > Decimal::from(50) {
            out.push(w(format!("{}-lever-marketing_savings", o.id), "warn.marketing_savings_large"));
        }
        let has_one_off = o.costs.iter().any(|c| matches!(c.timing, Timing::OneOff { .. }));
        let first_year_full = o.realisation.first().map(|r| *r >= hundred).unwrap_or(true);
        if has_one_off && first_year_full {
            out.push(w(format!("{}-realisation-1", o.id), "warn.instant_realisation"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::presets::default_scenario;

    fn keys(s: &Scenario) -> Vec<&'static str> {
        warnings(s).into_iter().map(|w| w.key).collect()
    }

    #[test]
    fn defaults_raise_no_note() {
        assert!(warnings(&default_scenario("TWD")).is_empty(), "{:?}", warnings(&default_scenario("TWD")));
    }

    #[test]
    fn each_unlikely_input_gets_its_note() {
        let mut s = default_scenario("TWD");
        s.baseline.gross_margin = Decimal::ONE_HUNDRED;
        s.baseline.annual_churn = Decimal::from(20);
        s.options[0].levers.churn_reduction = Decimal::from(11); // above 20 / 2
        s.options[0].levers.revenue_uplift = Decimal::from(31);
        s.options[0].levers.service_deflection = Decimal::from(81);
        s.options[0].levers.marketing_savings = Decimal::from(51);
        s.options[0].realisation = vec![];
        s.discount_rate = Decimal::from(31);
        let k = keys(&s);
        for expected in [
            "warn.margin_full",
            "warn.discount_high",
            "warn.churn_reduction_large",
            "warn.uplift_large",
            "warn.deflection_large",
            "warn.marketing_savings_large",
        ] {
            assert!(k.contains(&expected), "{expected} missing from {k:?}");
        }
    }

    #[test]
    fn churn_reduction_of_exactly_half_is_fine() {
        let mut s = default_scenario("TWD");
        s.baseline.annual_churn = Decimal::from(20);
        s.options[0].levers.churn_reduction = Decimal::from(10);
        assert!(!keys(&s).contains(&"warn.churn_reduction_large"));
    }
}
