//! Edge cases of model.md through the public API, as the UI calls it: `evaluate` on a
//! scenario built from the presets.

use crm_roi::model::machine_value::{machine_value, metric_value};
use crm_roi::model::presets::{default_scenario, preset_option};
use crm_roi::model::{
    evaluate, Amount, CostCategory, CostLine, OptionKind, OptionResults, Scenario, Timing, Undefined,
};
use rust_decimal::Decimal;

fn d(s: &str) -> Decimal {
    s.parse().unwrap()
}

fn cost(timing: Timing) -> CostLine {
    CostLine::new("cost", CostCategory::Other, timing)
}

/// The default baseline with one custom option saving 10 % of a marketing spend of
/// 1 000 000, i.e. a benefit of 100 000 in each year 1..N, and the given costs.
fn scenario(horizon: u32, costs: Vec<CostLine>) -> Scenario {
    let mut s = default_scenario("TWD");
    s.horizon_years = horizon;
    s.baseline.marketing_spend = d("1000000");
    let mut o = preset_option(OptionKind::Custom, "edge", "TWD");
    o.levers.marketing_savings = d("10");
    o.costs = costs;
    s.options = vec![o];
    s
}

fn result(s: &Scenario) -> OptionResults {
    evaluate(s).options.remove(0).unwrap()
}

fn nets(r: &OptionResults) -> Vec<Decimal> {
    r.years.iter().map(|y| y.net).collect()
}

#[test]
fn payback_exactly_at_the_end_of_year_one() {
    // CF = −100000, 100000, 100000: S_0 = −100000, S_1 = 0 ⇒ 12 × (0 + 100000/100000) = 12
    let r = result(&scenario(2, vec![cost(Timing::OneOff { amount: Amount::Fixed(d("100000")) })]));
    assert_eq!(metric_value(&r.payback_months), "12.00");
}

#[test]
fn never_paying_back_within_the_horizon() {
    // CF = −250000, 100000, 100000: S_2 = −50000 < 0.
    let r = result(&scenario(2, vec![cost(Timing::OneOff { amount: Amount::Fixed(d("250000")) })]));
    assert_eq!(r.payback_months, Err(Undefined::NeverPaysBack));
    assert_eq!(metric_value(&r.payback_months), "");
    // −250000 + 100000/x + 100000/x² = 0 has its root at x < 1: a negative IRR.
    assert!(r.irr.unwrap() < Decimal::ZERO);
}

#[test]
fn two_sign_changes_leave_the_irr_undefined() {
    // Schedule 100, 0, 300000: CF = −100, 100000, −200000.
    let r = result(&scenario(2, vec![cost(Timing::Schedule { amounts: vec![d("100"), d("0"), d("300000")] })]));
    assert_eq!(nets(&r), vec![d("-100"), d("100000"), d("-200000")]);
    assert_eq!(r.irr, Err(Undefined::MultipleSignChanges));
}

#[test]
fn schedules_shorter_and_longer_than_the_horizon() {
    // Longer: only years 0..3 of the 11 amounts count.
    let long: Vec<Decimal> = (1..=11).map(|t| Decimal::from(t * 1000)).collect();
    let r = result(&scenario(3, vec![cost(Timing::Schedule { amounts: long })]));
    let costs: Vec<Decimal> = r.years.iter().map(|y| y.cost).collect();
    assert_eq!(costs, vec![d("1000"), d("2000"), d("3000"), d("4000")]);
    // Shorter: the years after the list are 0.
    let r = result(&scenario(3, vec![cost(Timing::Schedule { amounts: vec![d("5000")] })]));
    let costs: Vec<Decimal> = r.years.iter().map(|y| y.cost).collect();
    assert_eq!(costs, vec![d("5000"), d("0"), d("0"), d("0")]);
}

#[test]
fn horizon_of_ten_years_for_the_presets() {
    let mut s = default_scenario("TWD");
    s.horizon_years = 10;
    for r in evaluate(&s).options {
        let r = r.unwrap();
        assert_eq!(r.years.len(), 11);
        assert!(r.npv > Decimal::ZERO);
    }
}

#[test]
fn overflow_inputs_are_undefined_not_panics() {
    // Amounts near the decimal limit, growing 100 % a year for ten years.
    let near_limit = Amount::Fixed(d("79000000000000000000000000000"));
    let s = scenario(10, vec![cost(Timing::Recurring { amount: near_limit, growth: d("100") })]);
    assert_eq!(evaluate(&s).options[0], Err(Undefined::Overflow));

    // 10²⁸ customers: the benefits overflow in every option.
    let mut s = default_scenario("TWD");
    s.baseline.customers = d("10000000000000000000000000000");
    assert!(evaluate(&s).options.iter().all(|o| *o == Err(Undefined::Overflow)));

    // Huge revenue per customer: the CLV overflows too.
    let mut s = default_scenario("TWD");
    s.baseline.annual_revenue_per_customer = Decimal::MAX;
    assert_eq!(evaluate(&s).baseline.clv, Err(Undefined::Overflow));
}

#[test]
fn machine_values_of_the_contract() {
    assert_eq!(machine_value(&d("1234.5")), "1234.50");
    assert_eq!(machine_value(&d("-1234.505")), "-1234.51");
    assert_eq!(machine_value(&d("2.675")), "2.68");
    assert_eq!(machine_value(&d("-0.001")), "0.00");
    assert_eq!(machine_value(&d("0")), "0.00");
    assert_eq!(metric_value(&Err(Undefined::NoCosts)), "");
}
