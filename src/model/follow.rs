//! "Still the example's figure": the one rule by which default figures follow the
//! visitor's answers and currency (model.md §4, "The same answers give the same
//! results, in any order").
//!
//! A figure the visitor has not typed is still the example's: it equals the example's
//! value for the current currency and the current answers ([`super::example`] for the
//! baseline, [`super::presets::preset_option_for`] for the presets' lines and levers).
//! When an answer or the currency changes, every figure that equals the example's value
//! *before* the change becomes the example's value *after* it; every other figure is the
//! visitor's own and keeps its number (a price typed in US$ was meant in US$; we know no
//! exchange rate). The same rule serves the quick view and the full calculator, so the
//! figures depend only on what was entered, never on the order: after any sequence of
//! answers and currency changes, each untyped figure is the example's value for the
//! final answers and currency.
//!
//! A typed value that happens to equal the example's value cannot be told from the
//! example's (the scenario file keeps numbers, not who typed them): it follows like one.

use super::baseline::{Baseline, BaselineField};
use super::example::{example_baseline, ANSWERS};
use super::levers::Lever;
use super::presets::preset_option_for;
use super::range_edit::set_lever;
use super::scenario::Scenario;
use super::strategy_option::OptionKind;
use rust_decimal::Decimal;

/// Sets baseline `field` to `value` (an answer in the quick view or an edit in the full
/// calculator); the figures still at the example's follow it.
pub fn set_baseline(scenario: &mut Scenario, field: BaselineField, value: Decimal) {
    following(scenario, Some(field), |s| s.baseline.set(field, value));
}

/// Sets the scenario's currency to `to`: the figures still at the example's become the
/// new currency's.
pub fn change_currency(scenario: &mut Scenario, to: &str) {
    if scenario.currency == to {
        return;
    }
    following(scenario, None, |s| s.currency = to.to_owned());
}

/// What the example shows for a scenario's currency and answers.
struct Example {
    currency: String,
    baseline: Baseline,
    /// The answers themselves (the presets read the churn).
    answers: Baseline,
}

impl Example {
    fn of(s: &Scenario) -> Example {
        Example { currency: s.currency.clone(), baseline: example_baseline(&s.currency, &s.baseline), answers: s.baseline.clone() }
    }
}

/// Applies `change` to `scenario` (which sets `own`, if any, to the visitor's value) and
/// moves every other figure that was the example's to the example's new value.
fn following(scenario: &mut Scenario, own: Option<BaselineField>, change: impl FnOnce(&mut Scenario)) {
    let before = Example::of(scenario);
    change(scenario);
    // The answers first (their example values are the currency's, whatever the
    // answers), then the figures tied to them, from the answers as they now are.
    for fields in [&ANSWERS[..], &BaselineField::ALL[..]] {
        let after = Example::of(scenario);
        for &field in fields {
            if Some(field) != own && scenario.baseline.get(field) == before.baseline.get(field) {
                scenario.baseline.set(field, after.baseline.get(field));
            }
        }
    }
    let after = Example::of(scenario);
    for option in &mut scenario.options {
        if option.kind == OptionKind::Custom {
            continue;
        }
        let was = preset_option_for(option.kind, &option.id, &before.currency, &before.answers);
        let now = preset_option_for(option.kind, &option.id, &after.currency, &scenario.baseline);
        for (i, line) in option.costs.iter_mut().enumerate() {
            let (Some(was), Some(now)) = (was.costs.get(i), now.costs.get(i)) else { continue };
            // The preset's line at the same place, unchanged but for its label (which
            // follows the language): take the new example's amounts and scale.
            if line.timing == was.timing && line.scale == was.scale && line.category == was.category {
                line.timing = now.timing.clone();
                line.scale = now.scale;
            }
        }
        for lever in Lever::ALL {
            if option.levers.get(lever) == was.levers.get(lever) {
                set_lever(option, lever, now.levers.get(lever));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::presets::{default_baseline_in, default_scenario};
    use crate::model::price_level::PRICE_LEVELS;
    use crate::model::test_support::d;
    use crate::model::baseline::FieldUnit;
    use crate::model::validation::MAX_AMOUNT;
    use crate::model::{Amount, LeverRange, Timing};

    #[test]
    fn defaults_follow_the_currency_there_and_back() {
        let mut s = default_scenario("TWD");
        change_currency(&mut s, "USD");
        assert_eq!(s, default_scenario("USD"));
        change_currency(&mut s, "JPY");
        assert_eq!(s, default_scenario("JPY"));
        change_currency(&mut s, "TWD");
        assert_eq!(s, default_scenario("TWD"));
    }

    #[test]
    fn what_the_visitor_typed_keeps_its_number() {
        let mut s = default_scenario("TWD");
        set_baseline(&mut s, BaselineField::AnnualRevenuePerCustomer, d("3000"));
        set_baseline(&mut s, BaselineField::Customers, d("150"));
        s.options[0].costs[0].timing = Timing::Recurring {
            amount: Amount::PerUnit { quantity: d("1"), unit_cost: d("45000") },
            growth: d("3"),
        };
        s.options[0].costs[1].label = "訓練".into();
        change_currency(&mut s, "USD");
        let usd = default_scenario("USD");
        assert_eq!(s.currency, "USD");
        // Typed: unchanged. Counts: never converted.
        assert_eq!(s.baseline.annual_revenue_per_customer, d("3000"));
        assert_eq!(s.baseline.customers, d("150"));
        // Tied to the typed revenue: a quarter of US$3 000.
        assert_eq!(s.baseline.acquisition_cost, d("750"));
        assert_eq!(s.baseline.cost_per_contact, usd.baseline.cost_per_contact);
        assert_eq!(
            s.options[0].costs[0].timing,
            Timing::Recurring { amount: Amount::PerUnit { quantity: d("1"), unit_cost: d("45000") }, growth: d("3") }
        );
        // A relabelled default line still takes the new amounts and scale, keeping its label.
        assert_eq!(s.options[0].costs[1].timing, usd.options[0].costs[1].timing);
        assert_eq!(s.options[0].costs[1].scale, usd.options[0].costs[1].scale);
        assert_eq!(s.options[0].costs[1].label, "訓練");
        assert_eq!(s.options[1], usd.options[1]);
    }

    /// The path: customers, then the currency, then revenue — the marketing
    /// spend must not stay at the old currency's figure (it was, and data-driven showed
    /// +327 % instead of the −87.8 % of the other order).
    #[test]
    fn the_order_of_currency_and_answers_does_not_matter() {
        let mut a = default_scenario("TWD");
        set_baseline(&mut a, BaselineField::Customers, d("150"));
        change_currency(&mut a, "USD");
        set_baseline(&mut a, BaselineField::AnnualRevenuePerCustomer, d("100"));
        let mut b = default_scenario("TWD");
        change_currency(&mut b, "USD");
        set_baseline(&mut b, BaselineField::Customers, d("150"));
        set_baseline(&mut b, BaselineField::AnnualRevenuePerCustomer, d("100"));
        assert_eq!(a, b);
        assert_eq!(a.baseline.marketing_spend, d("625"));
    }

    #[test]
    fn a_small_shop_in_us_dollars_gets_figures_of_its_own_size() {
        let mut s = default_scenario("USD");
        set_baseline(&mut s, BaselineField::Customers, d("150"));
        set_baseline(&mut s, BaselineField::AnnualRevenuePerCustomer, d("100"));
        let b = &s.baseline;
        assert_eq!(b.new_customers_per_year, d("30"));
        assert_eq!(b.marketing_spend, d("625"));
        assert_eq!(b.acquisition_cost, d("25"));
        assert_eq!(b.average_order_value, d("20.8"));
        // 4 × 100 / 1 100 = 0.3636… → 0.364.
        assert_eq!(b.service_contacts_per_customer, d("0.364"));
        assert_eq!(b.cost_per_contact, default_baseline_in("USD").cost_per_contact);
    }

    #[test]
    fn churn_moves_the_replaced_customers_and_the_churn_levers() {
        let mut s = default_scenario("TWD");
        set_baseline(&mut s, BaselineField::AnnualChurn, d("5"));
        assert_eq!(s.baseline.new_customers_per_year, d("50"));
        assert_eq!(s.baseline.marketing_spend, d("500000"));
        // A quarter and a twentieth of 5 points.
        assert_eq!(s.options[0].levers.churn_reduction, d("1.3"));
        assert_eq!(s.options[1].levers.churn_reduction, d("0.3"));
        assert_eq!(s.options[2].levers.churn_reduction, d("0"));
    }

    #[test]
    fn margin_moves_nothing_else() {
        let mut s = default_scenario("TWD");
        set_baseline(&mut s, BaselineField::GrossMargin, d("70"));
        let mut expected = default_scenario("TWD");
        expected.baseline.gross_margin = d("70");
        assert_eq!(s, expected);
    }

    #[test]
    fn a_figure_the_visitor_set_never_follows() {
        let mut s = default_scenario("TWD");
        set_baseline(&mut s, BaselineField::MarketingSpend, d("123456"));
        set_baseline(&mut s, BaselineField::NewCustomersPerYear, d("7"));
        s.options[0].levers.churn_reduction = d("2");
        set_baseline(&mut s, BaselineField::Customers, d("100"));
        set_baseline(&mut s, BaselineField::AnnualChurn, d("40"));
        assert_eq!(s.baseline.marketing_spend, d("123456"));
        assert_eq!(s.baseline.new_customers_per_year, d("7"));
        assert_eq!(s.options[0].levers.churn_reduction, d("2"));
        // Those still at the example's follow.
        assert_eq!(s.options[1].levers.churn_reduction, d("2"));
        set_baseline(&mut s, BaselineField::AnnualRevenuePerCustomer, d("6000"));
        assert_eq!(s.baseline.acquisition_cost, d("1500"));
    }

    #[test]
    fn a_following_lever_stretches_its_range() {
        let mut s = default_scenario("TWD");
        s.options[0].ranges.churn_reduction = Some(LeverRange { low: d("4"), high: d("6") });
        set_baseline(&mut s, BaselineField::AnnualChurn, d("4"));
        assert_eq!(s.options[0].levers.churn_reduction, d("1"));
        assert_eq!(s.options[0].ranges.churn_reduction, Some(LeverRange { low: d("1"), high: d("6") }));
        assert_eq!(crate::model::validation::validate(&s), Ok(()));
    }

    #[test]
    fn answers_at_the_limit_stay_valid() {
        for level in PRICE_LEVELS {
            let mut s = default_scenario(level.currency);
            for f in crate::model::example::ANSWERS {
                let top = if f.unit() == FieldUnit::Percent { d("100") } else { MAX_AMOUNT };
                set_baseline(&mut s, f, top);
            }
            assert_eq!(crate::model::validation::validate(&s), Ok(()), "{}", level.currency);
        }
    }
}
