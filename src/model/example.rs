//! The example's figures for the visitor's answers and currency (model.md §4): what a
//! figure the visitor has not typed shows.
//!
//! The example is one illustrative Taiwanese business (1 000 customers × NT$12 000 a
//! year). A visitor answers four things about their own business — customers, revenue
//! per customer, gross margin, churn — and picks a currency; every other default figure
//! is the example's figure *for those answers*: tied to them by the example's own
//! ratios, and priced at the currency's price level ([`super::price_level`]). So a café
//! and a B2B manufacturer each get hidden figures of their own size, not the example's.
//!
//! The ties (each shown in the full calculator as "estimated from your answers", with
//! the reason in `baseline.<field>.estimate` of the translations):
//!
//! | figure | tie | in the example |
//! |---|---|---|
//! | new customers a year | customers × churn: the lost ones are replaced, so the base stays the same size | 1 000 × 20 % = 200 |
//! | marketing spend | 1/24 (about 4.2 %) of the year's revenue, customers × revenue per customer | NT$500 000 of NT$12 M |
//! | acquisition cost | a quarter of a customer's yearly revenue (source material: winning a customer costs about five times keeping one) | NT$3 000 of 12 000 |
//! | average order value | 5/24 of a customer's yearly revenue (about five orders a year) | NT$2 500 of 12 000 |
//! | service contacts per customer | one per NT$3 000 of a customer's yearly revenue (at the price level): service costs about 5 % of revenue | 4 of NT$12 000 |
//! | cost per contact | the currency's example figure (about 20 minutes of an agent) | NT$150 |
//!
//! Money and contacts are rounded to 3 significant digits, customers to whole ones; a
//! tie above the allowed range stops at 10^15 (so it is always defined, and following
//! never depends on the path taken to an answer).

use super::baseline::{Baseline, BaselineField};
use super::checked::round_sf;
use super::presets::default_baseline_in;
use super::validation::MAX_AMOUNT;
use rust_decimal::{Decimal, RoundingStrategy};

/// The four figures the quick view asks; every other default is tied to them.
pub const ANSWERS: [BaselineField; 4] = [
    BaselineField::Customers,
    BaselineField::AnnualRevenuePerCustomer,
    BaselineField::GrossMargin,
    BaselineField::AnnualChurn,
];

/// How a hidden figure follows the answers in the example business.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Tie {
    /// customers × churn / 100, whole customers.
    ReplacesLost,
    /// customers × revenue per customer × num / den.
    ShareOfRevenue { num: i64, den: i64 },
    /// revenue per customer × num / den.
    ShareOfCustomerRevenue { num: i64, den: i64 },
    /// The example's contacts × revenue per customer ÷ the example's revenue per
    /// customer in this currency: contacts grow with what a customer buys.
    ContactsPerRevenue,
    /// The currency's example figure, whatever the answers.
    CurrencyDefault,
}

/// The tie of each baseline figure the quick view does not ask.
const TIES: [(BaselineField, Tie); 6] = [
    (BaselineField::NewCustomersPerYear, Tie::ReplacesLost),
    (BaselineField::AcquisitionCost, Tie::ShareOfCustomerRevenue { num: 3_000, den: 12_000 }),
    (BaselineField::ServiceContactsPerCustomer, Tie::ContactsPerRevenue),
    (BaselineField::CostPerContact, Tie::CurrencyDefault),
    (BaselineField::MarketingSpend, Tie::ShareOfRevenue { num: 500_000, den: 12_000_000 }),
    (BaselineField::AverageOrderValue, Tie::ShareOfCustomerRevenue { num: 2_500, den: 12_000 }),
];

/// Whether `field`'s example value depends on the answers (the full calculator then
/// says "estimated from your answers" while it is still the example's).
pub fn is_estimated(field: BaselineField) -> bool {
    TIES.iter().any(|(f, tie)| *f == field && *tie != Tie::CurrencyDefault)
}

/// `value` as the defaults are rounded: to 3 significant digits, within 0..=10^15.
fn money_like(value: Decimal) -> Decimal {
    round_sf(value, 3).unwrap_or(value).clamp(Decimal::ZERO, MAX_AMOUNT).normalize()
}

/// x × y × num / den, or 10^15 when that overflows (only far beyond the allowed range).
fn product(x: Decimal, y: Decimal, num: Decimal, den: Decimal) -> Decimal {
    x.checked_mul(y)
        .and_then(|v| v.checked_mul(num))
        .and_then(|v| v.checked_div(den))
        .unwrap_or(MAX_AMOUNT)
}

fn tied_value(tie: Tie, answers: &Baseline, defaults: &Baseline, field: BaselineField) -> Decimal {
    let (c, r) = (answers.customers, answers.annual_revenue_per_customer);
    match tie {
        Tie::ReplacesLost => product(c, answers.annual_churn, Decimal::ONE, Decimal::ONE_HUNDRED)
            .round_dp_with_strategy(0, RoundingStrategy::MidpointAwayFromZero)
            .clamp(Decimal::ZERO, MAX_AMOUNT)
            .normalize(),
        Tie::ShareOfRevenue { num, den } => money_like(product(c, r, num.into(), den.into())),
        Tie::ShareOfCustomerRevenue { num, den } => money_like(product(Decimal::ONE, r, num.into(), den.into())),
        Tie::ContactsPerRevenue => money_like(product(
            defaults.service_contacts_per_customer,
            r,
            Decimal::ONE,
            defaults.annual_revenue_per_customer.max(Decimal::ONE),
        )),
        Tie::CurrencyDefault => defaults.get(field),
    }
}

/// The example's baseline for `answers` (only its four answered figures are read) in
/// `currency`: the answered figures at the currency's example values, every other
/// figure tied to the answers.
pub fn example_baseline(currency: &str, answers: &Baseline) -> Baseline {
    let defaults = default_baseline_in(currency);
    let mut b = defaults.clone();
    for (field, tie) in TIES {
        b.set(field, tied_value(tie, answers, &defaults, field));
    }
    b
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::test_support::d;

    #[test]
    fn the_example_is_tied_to_itself_in_every_currency() {
        for level in crate::model::price_level::PRICE_LEVELS {
            let b = default_baseline_in(level.currency);
            assert_eq!(example_baseline(level.currency, &b), b, "{}", level.currency);
        }
    }

    #[test]
    fn a_cafe_gets_figures_of_its_own_size() {
        let mut answers = default_baseline_in("TWD");
        answers.customers = d("300");
        answers.annual_revenue_per_customer = d("3000");
        answers.annual_churn = d("30");
        let b = example_baseline("TWD", &answers);
        // 300 × 30 % replaced; 300 × 3 000 / 24; a quarter and 5/24 of 3 000; 4 × 3 000 / 12 000.
        assert_eq!(b.new_customers_per_year, d("90"));
        assert_eq!(b.marketing_spend, d("37500"));
        assert_eq!(b.acquisition_cost, d("750"));
        assert_eq!(b.average_order_value, d("625"));
        assert_eq!(b.service_contacts_per_customer, d("1"));
        assert_eq!(b.cost_per_contact, d("150"));
        // The answered figures are the example's, not the answers: they follow nothing.
        assert_eq!(b.customers, d("1000"));
    }

    #[test]
    fn a_manufacturer_in_us_dollars() {
        let mut answers = default_baseline_in("USD");
        answers.customers = d("40");
        answers.annual_revenue_per_customer = d("458000");
        answers.annual_churn = d("5");
        let b = example_baseline("USD", &answers);
        assert_eq!(b.new_customers_per_year, d("2"));
        // 40 × 458 000 / 24 = 763 333.3 → 763 000; 458 000 / 4 = 114 500 → 115 000;
        // × 5/24 = 95 416.7 → 95 400 (3 significant digits, half away from zero).
        assert_eq!(b.marketing_spend, d("763000"));
        assert_eq!(b.acquisition_cost, d("115000"));
        assert_eq!(b.average_order_value, d("95400"));
        // 4 × 458 000 / 1 100 = 1 665.45 → 1 670.
        assert_eq!(b.service_contacts_per_customer, d("1670"));
        assert_eq!(b.cost_per_contact, d("13.8"));
    }

    #[test]
    fn ties_at_the_limit_stop_at_the_limit() {
        let mut answers = default_baseline_in("TWD");
        answers.customers = MAX_AMOUNT;
        answers.annual_revenue_per_customer = MAX_AMOUNT;
        answers.annual_churn = d("100");
        let b = example_baseline("TWD", &answers);
        assert_eq!(b.marketing_spend, MAX_AMOUNT);
        assert_eq!(b.new_customers_per_year, MAX_AMOUNT);
        // 4 × 10^15 / 12 000.
        assert_eq!(b.service_contacts_per_customer, d("333000000000"));
        let mut s = crate::model::presets::default_scenario("TWD");
        s.baseline = b;
        assert_eq!(crate::model::validation::validate(&s), Ok(()));
    }

    #[test]
    fn only_figures_tied_to_answers_are_estimated() {
        assert!(is_estimated(BaselineField::MarketingSpend));
        assert!(is_estimated(BaselineField::ServiceContactsPerCustomer));
        assert!(!is_estimated(BaselineField::CostPerContact));
        assert!(!is_estimated(BaselineField::Customers));
    }
}
