//! What each lever earns in one year t ≥ 1, before realisation and risk (model.md §2,
//! "Levers and the benefits they produce"). K is the baseline's customer count in that
//! year, K' the option's.
//!
//! | source | benefit |
//! |---|---|
//! | retention | (K' − K) × R × m/100 |
//! | revenue uplift | K' × R × revenue_uplift/100 × m/100 |
//! | cross-sell + upsell | K' × (cross_sell_rate + upsell_rate)/100 × AOV × m/100 |
//! | referral | K' × referral_rate/100 × CAC (acquisition cost saved) |
//! | service | K' × s × k × service_deflection/100 (service cost saved) |
//! | marketing | M × marketing_savings/100 |
//!
//! Revenue-based sources are multiplied by the margin; savings of cost are not.

use super::baseline::Baseline;
use super::benefit_sources::BenefitSources;
use super::checked::Checked;
use super::levers::Levers;
use super::undefined::Undefined;
use rust_decimal::Decimal;

/// Customer counts of one year: the baseline's K_t and the option's K'_t.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct YearCustomers {
    pub baseline: Decimal,
    pub option: Decimal,
}

/// The lever benefits of one year; `custom` is left 0 (custom lines are added elsewhere).
///
/// A source whose lever is 0 is 0 without computing it (the analysis evaluates NPV
/// thousands of times, and most options use a few levers): the same value the formula
/// gives, and an unused lever cannot make an option overflow.
pub fn lever_benefits(b: &Baseline, levers: &Levers, k: YearCustomers) -> Result<BenefitSources, Undefined> {
    let margin = b.gross_margin;
    let extra_orders = levers.cross_sell_rate.try_add(levers.upsell_rate)?;
    let unless_zero = |lever: Decimal, f: &dyn Fn() -> Result<Decimal, Undefined>| {
        if lever.is_zero() {
            Ok(Decimal::ZERO)
        } else {
            f()
        }
    };
    Ok(BenefitSources {
        retention: k.option.try_sub(k.baseline)?.try_mul(b.annual_revenue_per_customer)?.percent_of(margin)?,
        revenue_uplift: unless_zero(levers.revenue_uplift, &|| {
            k.option.try_mul(b.annual_revenue_per_customer)?.percent_of(levers.revenue_uplift)?.percent_of(margin)
        })?,
        cross_upsell: unless_zero(extra_orders, &|| {
            k.option.percent_of(extra_orders)?.try_mul(b.average_order_value)?.percent_of(margin)
        })?,
        referral: unless_zero(levers.referral_rate, &|| {
            k.option.percent_of(levers.referral_rate)?.try_mul(b.acquisition_cost)
        })?,
        service: unless_zero(levers.service_deflection, &|| {
            k.option
                .try_mul(b.service_contacts_per_customer)?
                .try_mul(b.cost_per_contact)?
                .percent_of(levers.service_deflection)
        })?,
        marketing: unless_zero(levers.marketing_savings, &|| b.marketing_spend.percent_of(levers.marketing_savings))?,
        custom: Decimal::ZERO,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::test_support::d;

    /// The contract example's baseline (contract.md §1).
    fn baseline() -> Baseline {
        crate::model::presets::default_baseline()
    }

    /// K = 1000, K' = 1030 (c' = 17: 1000 × 0.83 + 200).
    const K: YearCustomers = YearCustomers {
        baseline: Decimal::from_parts(1000, 0, 0, false, 0),
        option: Decimal::from_parts(1030, 0, 0, false, 0),
    };

    /// The benefits with only `set` applied to otherwise zero levers.
    fn only(set: impl FnOnce(&mut Levers)) -> BenefitSources {
        let mut levers = Levers::default();
        set(&mut levers);
        lever_benefits(&baseline(), &levers, K).unwrap()
    }

    #[test]
    fn retention_is_extra_customers_times_profit() {
        // (1030 − 1000) × 12000 × 40/100 = 30 × 4800 = 144000
        let b = only(|_| {});
        assert_eq!(b.retention, d("144000"));
        assert_eq!(b.total(), Ok(d("144000")));
    }

    #[test]
    fn revenue_uplift() {
        // 1030 × 12000 × 5/100 × 40/100 = 1030 × 240 = 247200
        let b = only(|l| l.revenue_uplift = d("5"));
        assert_eq!(b.revenue_uplift, d("247200"));
    }

    #[test]
    fn cross_sell_and_upsell_add_up() {
        // 1030 × (3 + 2)/100 × 2500 × 40/100 = 51.5 × 1000 = 51500
        let b = only(|l| {
            l.cross_sell_rate = d("3");
            l.upsell_rate = d("2");
        });
        assert_eq!(b.cross_upsell, d("51500"));
        // Each alone: 1030 × 3/100 × 1000 = 30900, 1030 × 2/100 × 1000 = 20600
        assert_eq!(only(|l| l.cross_sell_rate = d("3")).cross_upsell, d("30900"));
        assert_eq!(only(|l| l.upsell_rate = d("2")).cross_upsell, d("20600"));
    }

    #[test]
    fn referral_saves_acquisition_cost_without_margin() {
        // 1030 × 2/100 × 3000 = 61800
        assert_eq!(only(|l| l.referral_rate = d("2")).referral, d("61800"));
    }

    #[test]
    fn service_deflection_saves_contact_cost_without_margin() {
        // 1030 × 4 × 150 × 30/100 = 618000 × 0.3 = 185400
        assert_eq!(only(|l| l.service_deflection = d("30")).service, d("185400"));
    }

    #[test]
    fn marketing_savings_is_a_share_of_spend() {
        // 500000 × 15/100 = 75000
        assert_eq!(only(|l| l.marketing_savings = d("15")).marketing, d("75000"));
    }

    #[test]
    fn an_unused_lever_cannot_overflow() {
        // K' × R = 10^28 × 12000 would overflow, but with revenue uplift 0 it is not
        // computed: the source is 0. With uplift 1 % it is computed and overflows.
        let huge = d("10000000000000000000000000000");
        let k = YearCustomers { baseline: huge, option: huge };
        let b = lever_benefits(&baseline(), &Levers::default(), k).unwrap();
        assert_eq!(b, BenefitSources::default());
        let levers = Levers { revenue_uplift: d("1"), ..Levers::default() };
        assert_eq!(lever_benefits(&baseline(), &levers, k), Err(Undefined::Overflow));
    }

    #[test]
    fn no_levers_and_no_extra_customers_earn_nothing() {
        let k = YearCustomers { baseline: d("1000"), option: d("1000") };
        let b = lever_benefits(&baseline(), &Levers::default(), k).unwrap();
        assert_eq!(b, BenefitSources::default());
    }
}
