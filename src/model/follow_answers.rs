//! The baseline figures the quick view does not ask, kept in proportion to the ones it
//! does ask (customers, revenue per customer, churn) while they are still the
//! example's.
//!
//! Why: the quick view asks four questions and keeps six figures hidden. Left at the
//! example business's values, a shop of 150 customers at US$100 would still win 200 new
//! customers a year and spend US$45 800 on marketing — and the data-driven option, whose
//! savings are a share of that spend, would show an ROI of several hundred per cent.
//! In the example those figures are tied to the asked ones (new customers replace the
//! ones lost, marketing is about 4 % of revenue, winning a customer costs a quarter of a
//! year's revenue, an order is about a fifth of it), so they keep those ties for the
//! visitor's business too — but only while the figure is still the example's: a figure
//! the visitor set themselves (it no longer follows the tie) is never touched.

use super::baseline::{Baseline, BaselineField};
use super::checked::round_sf;
use super::presets::default_baseline_in;
use super::validation::MAX_AMOUNT;
use rust_decimal::{Decimal, RoundingStrategy};

/// A hidden figure and how it follows the asked ones in the example business.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Tie {
    /// New customers a year = customers × churn: the lost ones are replaced, as in the
    /// example (200 = 1000 × 20 %).
    ReplacesLost,
    /// A share of the year's revenue, customers × revenue per customer: the example's
    /// marketing spend, NT$500 000 of NT$12 000 000.
    ShareOfRevenue { num: i64, den: i64 },
    /// A share of one customer's yearly revenue: the example's acquisition cost
    /// (3000 of 12 000) and order value (2500 of 12 000).
    ShareOfCustomerRevenue { num: i64, den: i64 },
}

/// The hidden figures that follow, with their ties (the example's ratios, in TWD).
const FOLLOWERS: [(BaselineField, Tie); 4] = [
    (BaselineField::NewCustomersPerYear, Tie::ReplacesLost),
    (BaselineField::MarketingSpend, Tie::ShareOfRevenue { num: 500_000, den: 12_000_000 }),
    (BaselineField::AcquisitionCost, Tie::ShareOfCustomerRevenue { num: 3_000, den: 12_000 }),
    (BaselineField::AverageOrderValue, Tie::ShareOfCustomerRevenue { num: 2_500, den: 12_000 }),
];

/// The value `tie` gives for baseline `b`, rounded as the defaults are (whole customers;
/// money to 3 significant digits), or `None` when it would leave the allowed range.
fn tied_value(tie: Tie, b: &Baseline) -> Option<Decimal> {
    // Every tie is x × y × num / den: one product, so the wasm has one copy of the
    // decimal multiplication and division, not one per tie (about 5 KB less).
    let (x, y, num, den) = match tie {
        Tie::ReplacesLost => (b.customers, b.annual_churn, 1, 100),
        Tie::ShareOfRevenue { num, den } => (b.customers, b.annual_revenue_per_customer, num, den),
        Tie::ShareOfCustomerRevenue { num, den } => (Decimal::ONE, b.annual_revenue_per_customer, num, den),
    };
    let exact = x.checked_mul(y)?.checked_mul(num.into())?.checked_div(den.into())?;
    let value = match tie {
        Tie::ReplacesLost => exact.round_dp_with_strategy(0, RoundingStrategy::MidpointAwayFromZero),
        _ => round_sf(exact, 3).unwrap_or(exact),
    };
    (value >= Decimal::ZERO && value <= MAX_AMOUNT).then_some(value.normalize())
}

/// Whether the quick view's answer to `field` moves hidden figures (gross margin does
/// not: nothing hidden is tied to it).
pub fn moves_others(field: BaselineField) -> bool {
    matches!(
        field,
        BaselineField::Customers | BaselineField::AnnualRevenuePerCustomer | BaselineField::AnnualChurn
    )
}

/// Sets `field` to `value` as an answer in the quick view: each hidden figure that is
/// still the example's — equal to its tie to the figures before this answer, or to the
/// currency's default — follows the answer; the others stay as they are.
pub fn answer(baseline: &mut Baseline, currency: &str, field: BaselineField, value: Decimal) {
    let before = baseline.clone();
    baseline.set(field, value);
    if !moves_others(field) {
        return;
    }
    let defaults = default_baseline_in(currency);
    for (follower, tie) in FOLLOWERS {
        let current = before.get(follower);
        let still_example = tied_value(tie, &before) == Some(current) || defaults.get(follower) == current;
        if !still_example {
            continue;
        }
        if let Some(now) = tied_value(tie, baseline) {
            baseline.set(follower, now);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::presets::default_scenario;
    use crate::model::price_level::PRICE_LEVELS;
    use crate::model::test_support::d;
    use crate::model::{evaluate, Scenario};

    fn rois(s: &Scenario) -> Vec<Decimal> {
        evaluate(s).options.into_iter().map(|r| r.ok().and_then(|r| r.roi.ok()).unwrap_or(Decimal::MIN)).collect()
    }

    #[test]
    fn every_follower_is_tied_exactly_in_the_twd_example() {
        let b = default_baseline_in("TWD");
        for (field, tie) in FOLLOWERS {
            assert_eq!(tied_value(tie, &b), Some(b.get(field)), "{field:?}");
        }
    }

    #[test]
    fn a_small_shop_in_us_dollars_gets_figures_of_its_own_size() {
        let mut s = default_scenario("USD");
        answer(&mut s.baseline, "USD", BaselineField::Customers, d("150"));
        answer(&mut s.baseline, "USD", BaselineField::AnnualRevenuePerCustomer, d("100"));
        let b = &s.baseline;
        // 150 × 20 % lost a year, replaced.
        assert_eq!(b.new_customers_per_year, d("30"));
        // 150 × 100 / 24 = 625.
        assert_eq!(b.marketing_spend, d("625"));
        // A quarter and 2500/12000 of a customer's 100 a year.
        assert_eq!(b.acquisition_cost, d("25"));
        assert_eq!(b.average_order_value, d("20.8"));
        // Untied figures keep the example's values.
        let usd = default_baseline_in("USD");
        assert_eq!(b.cost_per_contact, usd.cost_per_contact);
        assert_eq!(b.service_contacts_per_customer, usd.service_contacts_per_customer);
    }

    #[test]
    fn churn_moves_the_replaced_customers_only() {
        let mut b = default_baseline_in("TWD");
        answer(&mut b, "TWD", BaselineField::AnnualChurn, d("5"));
        assert_eq!(b.new_customers_per_year, d("50"));
        assert_eq!(b.marketing_spend, d("500000"));
    }

    #[test]
    fn margin_moves_nothing_else() {
        let mut b = default_baseline_in("TWD");
        answer(&mut b, "TWD", BaselineField::GrossMargin, d("70"));
        let mut expected = default_baseline_in("TWD");
        expected.gross_margin = d("70");
        assert_eq!(b, expected);
    }

    #[test]
    fn a_figure_the_visitor_set_never_follows() {
        let mut b = default_baseline_in("TWD");
        b.marketing_spend = d("123456");
        b.new_customers_per_year = d("7");
        answer(&mut b, "TWD", BaselineField::Customers, d("100"));
        assert_eq!(b.marketing_spend, d("123456"));
        assert_eq!(b.new_customers_per_year, d("7"));
        // The ones still at the example's follow.
        assert_eq!(b.acquisition_cost, d("3000"));
        answer(&mut b, "TWD", BaselineField::AnnualRevenuePerCustomer, d("6000"));
        assert_eq!(b.acquisition_cost, d("1500"));
        assert_eq!(b.marketing_spend, d("123456"));
    }

    #[test]
    fn followers_keep_following_over_many_answers() {
        let mut b = default_baseline_in("JPY");
        for k in ["150", "1", "0", "37", "100000", "2000"] {
            answer(&mut b, "JPY", BaselineField::Customers, d(k));
        }
        let mut expected = default_baseline_in("JPY");
        answer(&mut expected, "JPY", BaselineField::Customers, d("2000"));
        assert_eq!(b, expected);
        assert_eq!(b.new_customers_per_year, d("400"));
    }

    #[test]
    fn answers_at_the_limit_leave_what_would_overflow() {
        let mut b = default_baseline_in("TWD");
        answer(&mut b, "TWD", BaselineField::Customers, MAX_AMOUNT);
        answer(&mut b, "TWD", BaselineField::AnnualRevenuePerCustomer, MAX_AMOUNT);
        // customers × revenue is far above the limit: marketing spend stays where it was.
        assert!(b.marketing_spend <= MAX_AMOUNT);
        assert_eq!(b.acquisition_cost, d("250000000000000"));
        assert_eq!(b.customers, MAX_AMOUNT);
    }

    /// model.md §4's sizing property, reached by answering the quick view's question:
    /// the presets' ROI at a tenth and ten times the customers stays within 25 points.
    #[test]
    fn answering_the_size_keeps_each_presets_roi_within_25_points_in_every_currency() {
        for level in PRICE_LEVELS {
            let base = default_scenario(level.currency);
            let at_default = rois(&base);
            for k in ["100", "10000"] {
                let mut s = base.clone();
                answer(&mut s.baseline, level.currency, BaselineField::Customers, d(k));
                for (now, was) in rois(&s).iter().zip(&at_default) {
                    let gap = (*now - *was).abs();
                    assert!(gap <= d("25"), "{} at {k} customers: {now} vs {was}", level.currency);
                }
            }
        }
    }
}
