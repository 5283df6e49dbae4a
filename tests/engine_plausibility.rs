//! model.md §4: the presets are plausible for every business, not only the example's,
//! and the same answers give the same results in any order.
//!
//! Each business is typed as a visitor types it into the quick view: the four answers
//! (customers, revenue per customer at the currency's price level, margin, churn), with
//! every other figure following them (`model::follow`).

use crm_roi::model::baseline::BaselineField;
use crm_roi::model::follow::{change_currency, set_baseline};
use crm_roi::model::presets::default_scenario;
use crm_roi::model::price_level::{PriceLevel, PRICE_LEVELS};
use crm_roi::model::{evaluate, Scenario};
use proptest::prelude::*;
use rust_decimal::Decimal;

#[path = "support/businesses.rs"]
mod businesses;
use businesses::{Business, MODEL_MD, MORE};

/// `business` typed into the quick view of a page opened in TWD, after choosing `currency`.
fn typed(business: &Business, currency: &str) -> Scenario {
    let (_, customers, revenue, margin, churn) = *business;
    let mut s = default_scenario("TWD");
    change_currency(&mut s, currency);
    set_baseline(&mut s, BaselineField::Customers, Decimal::from(customers));
    set_baseline(&mut s, BaselineField::AnnualRevenuePerCustomer, PriceLevel::for_currency(currency).local(revenue));
    set_baseline(&mut s, BaselineField::GrossMargin, Decimal::from(margin));
    set_baseline(&mut s, BaselineField::AnnualChurn, Decimal::from(churn));
    s
}

/// Every preset's ROI in −75 %…+500 % and its payback none or at least 3 months.
fn assert_plausible(business: &Business, currency: &str) {
    let s = typed(business, currency);
    for (option, result) in s.options.iter().zip(evaluate(&s).options) {
        let r = result.unwrap_or_else(|e| panic!("{} {currency} {}: {e:?}", business.0, option.id));
        let roi = r.roi.unwrap_or_else(|e| panic!("{} {currency} {}: ROI {e:?}", business.0, option.id));
        assert!(
            roi >= Decimal::from(-75) && roi <= Decimal::from(500),
            "{} in {currency}, {}: ROI {roi:.1} %",
            business.0,
            option.id
        );
        if let Ok(months) = r.payback_months {
            assert!(months >= Decimal::from(3), "{} in {currency}, {}: payback {months:.2} months", business.0, option.id);
        }
    }
}

#[test]
fn model_md_businesses_are_plausible_in_twd_usd_and_cny() {
    for b in &MODEL_MD {
        for currency in ["TWD", "USD", "CNY"] {
            assert_plausible(b, currency);
        }
    }
}

#[test]
fn every_business_is_plausible_in_every_offered_currency() {
    for b in MODEL_MD.iter().chain(MORE.iter()) {
        for level in PRICE_LEVELS {
            assert_plausible(b, level.currency);
        }
    }
}

/// The example typed in TWD is the default scenario itself: its golden figures stay.
#[test]
fn the_example_typed_is_the_default_scenario() {
    let example = MODEL_MD.iter().find(|b| b.0 == "the example").copied().unwrap_or(MODEL_MD[5]);
    assert_eq!(typed(&example, "TWD"), default_scenario("TWD"));
    assert_eq!(typed(&example, "USD"), default_scenario("USD"));
}

/// The manufacturer of the issue saw +34 913 % (payback 0.01 months) before presets were
/// sized by what the work looks after: hand-checked pieces of what it sees now.
#[test]
fn the_manufacturer_gets_staff_for_its_revenue_and_churn_for_its_churn() {
    let s = typed(&MODEL_MD[4], "TWD");
    let b = &s.baseline;
    // NT$200 M of revenue / NT$12 M per account manager: 16.67 FTE of account management.
    let revenue = b.customers * b.annual_revenue_per_customer;
    assert_eq!(revenue, Decimal::from(200_000_000));
    // Churn 5 %: a quarter (1.25 → 1.3 points) and a twentieth (0.25 → 0.3), not 5 points.
    assert_eq!(s.options[0].levers.churn_reduction, Decimal::new(13, 1));
    assert_eq!(s.options[1].levers.churn_reduction, Decimal::new(3, 1));
    // 40 × 5 % lost a year, replaced; a quarter of NT$5 M to win one; 1/24 of revenue.
    assert_eq!(b.new_customers_per_year, Decimal::from(2));
    assert_eq!(b.acquisition_cost, Decimal::from(1_250_000));
    assert_eq!(b.marketing_spend, Decimal::from(8_330_000));
}

/// One step a visitor may take in the quick view.
#[derive(Clone, Debug)]
enum Step {
    Answer(BaselineField, Decimal),
    Currency(&'static str),
}

fn apply(s: &mut Scenario, step: &Step) {
    match step {
        Step::Answer(f, v) => set_baseline(s, *f, *v),
        Step::Currency(c) => change_currency(s, c),
    }
}

/// An answer for `field` that is not any currency's default for it (a typed value equal
/// to the example's cannot be told from it: model::follow's documented limit).
fn answer(field: BaselineField) -> impl Strategy<Value = Step> {
    let values = match field {
        BaselineField::Customers => (0u64..=2_000_000u64).boxed(),
        BaselineField::AnnualRevenuePerCustomer => (0u64..=50_000_000u64).boxed(),
        _ => (0u64..=100u64).boxed(),
    };
    (values, 0u32..=2).prop_filter_map("an example's default", move |(v, dp)| {
        let value = Decimal::new(i64::try_from(v).ok()?, dp);
        let is_default =
            PRICE_LEVELS.iter().any(|l| crm_roi::model::presets::default_baseline_in(l.currency).get(field) == value);
        (!is_default).then_some(Step::Answer(field, value))
    })
}

fn currency() -> impl Strategy<Value = &'static str> {
    prop::sample::select(PRICE_LEVELS.iter().map(|l| l.currency).collect::<Vec<_>>())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2_000, ..ProptestConfig::default() })]

    /// model.md §4: the same answers and currency, in any order (and with any currencies
    /// visited on the way), give the same scenario and so the same results.
    #[test]
    fn the_same_answers_in_any_order_give_the_same_results(
        customers in answer(BaselineField::Customers),
        revenue in answer(BaselineField::AnnualRevenuePerCustomer),
        margin in answer(BaselineField::GrossMargin),
        churn in answer(BaselineField::AnnualChurn),
        detours in prop::collection::vec(currency(), 0..3),
        last in currency(),
        order in Just(vec![0usize, 1, 2, 3, 4]).prop_shuffle(),
        order2 in Just(vec![0usize, 1, 2, 3, 4]).prop_shuffle(),
    ) {
        let steps = [customers, revenue, margin, churn, Step::Currency(last)];
        let mut a = default_scenario("TWD");
        for c in &detours {
            change_currency(&mut a, c);
        }
        for i in &order {
            apply(&mut a, &steps[*i]);
        }
        // The currency comes last in the other path, after the answers in another order.
        let mut b = default_scenario("TWD");
        for i in order2.iter().filter(|i| **i != 4) {
            apply(&mut b, &steps[*i]);
        }
        apply(&mut b, &steps[4]);
        prop_assert_eq!(&a, &b);
        prop_assert_eq!(evaluate(&a), evaluate(&b));
        prop_assert!(crm_roi::model::validation::validate(&a).is_ok());
    }
}
