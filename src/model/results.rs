//! Everything the results panel shows (model.md §3): per option the year-by-year cash
//! flows and the summary metrics, and the baseline's lifetime value.
//!
//! [`evaluate`] accepts any [`Scenario`], validated or not, and never panics or hangs:
//! - a horizon above [`MAX_HORIZON`] is evaluated over `MAX_HORIZON` years (the work is
//!   bounded, and validation refuses such a file anyway); a horizon of 0 yields year 0 only;
//! - an option whose numbers overflow gives `Err(Undefined::Overflow)` in its slot, the
//!   other options are unaffected.

use super::benefit_sources::BenefitSources;
use super::cash_flow::{option_cash_flows, CategoryCosts};
use super::checked::{one_plus_percent, sum, Checked};
use super::clv::{clv, clv_to_cac};
use super::customers::{customer_counts, option_churn};
use super::irr::irr;
use super::lever_benefits::YearCustomers;
use super::payback::payback_months;
use super::present_value::{compound_factors, present_value};
use super::scenario::Scenario;
use super::strategy_option::StrategyOption;
use super::undefined::{Metric, Undefined};
use super::validation::MAX_HORIZON;
use rust_decimal::Decimal;

/// One row of an option's cash-flow table, year 0..N. Money after realisation and risk.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct YearRow {
    pub year: u32,
    /// Benefit_t by source; they add up to `benefit`.
    pub benefits: BenefitSources,
    /// Cost_t by category, indexed by [`super::CostCategory::index`]; they add up to `cost`.
    pub costs: CategoryCosts,
    pub benefit: Decimal,
    pub cost: Decimal,
    /// CF_t = benefit − cost.
    pub net: Decimal,
    /// S_t = CF_0 + … + CF_t, undiscounted.
    pub cumulative: Decimal,
    /// CF_t / (1 + d/100)^t.
    pub discounted_net: Decimal,
    /// The running sum of `discounted_net`; its last value is the NPV.
    pub discounted_cumulative: Decimal,
    /// K_t, customers without the option.
    pub customers_baseline: Decimal,
    /// K'_t, customers with the option.
    pub customers_option: Decimal,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OptionResults {
    pub pv_benefits: Decimal,
    pub pv_costs: Decimal,
    /// pv_benefits − pv_costs.
    pub npv: Decimal,
    /// npv / pv_costs × 100 (%); undefined without costs.
    pub roi: Metric,
    /// pv_benefits / pv_costs; undefined without costs.
    pub bcr: Metric,
    /// Σ CF_t, undiscounted.
    pub net_benefit: Decimal,
    pub payback_months: Metric,
    /// In %.
    pub irr: Metric,
    /// CLV of a customer with the option's revenue and churn.
    pub clv: Metric,
    pub clv_to_cac: Metric,
    /// Years 0..N.
    pub years: Vec<YearRow>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BaselineResults {
    pub clv: Metric,
    pub clv_to_cac: Metric,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Evaluation {
    pub baseline: BaselineResults,
    /// In the order of `scenario.options`.
    pub options: Vec<Result<OptionResults, Undefined>>,
}

/// The number of years actually evaluated: the horizon, at most [`MAX_HORIZON`].
pub fn evaluated_years(s: &Scenario) -> u32 {
    s.horizon_years.min(MAX_HORIZON)
}

/// The results of the whole scenario.
pub fn evaluate(s: &Scenario) -> Evaluation {
    let b = &s.baseline;
    let baseline_clv = clv(b.annual_revenue_per_customer, b.gross_margin, b.annual_churn, s.discount_rate);
    let baseline = BaselineResults { clv: baseline_clv, clv_to_cac: clv_to_cac(baseline_clv, b.acquisition_cost) };
    let counts = baseline_counts(s);
    let options =
        s.options.iter().map(|o| counts.as_ref().map_err(|e| *e).and_then(|k| evaluate_with(s, o, k))).collect();
    Evaluation { baseline, options }
}

/// The results of one option of `s` (it need not be one of `s.options`).
pub fn evaluate_option(s: &Scenario, o: &StrategyOption) -> Result<OptionResults, Undefined> {
    evaluate_with(s, o, &baseline_counts(s)?)
}

/// K_0 … K_N without any option.
fn baseline_counts(s: &Scenario) -> Result<Vec<Decimal>, Undefined> {
    let b = &s.baseline;
    customer_counts(b.customers, b.annual_churn, b.new_customers_per_year, evaluated_years(s))
}

fn evaluate_with(s: &Scenario, o: &StrategyOption, baseline_counts: &[Decimal]) -> Result<OptionResults, Undefined> {
    let b = &s.baseline;
    let (churn, customers) = year_customers(s, o, baseline_counts)?;

    let flows = option_cash_flows(b, o, &customers)?;
    let factors = compound_factors(s.discount_rate, evaluated_years(s))?;
    let mut years = Vec::with_capacity(flows.len());
    let (mut cumulative, mut discounted_cumulative) = (Decimal::ZERO, Decimal::ZERO);
    for ((year, flow), (k, factor)) in (0u32..).zip(flows).zip(customers.iter().zip(factors)) {
        let benefit = flow.benefits.total()?;
        let cost = sum(flow.costs)?;
        let net = benefit.try_sub(cost)?;
        let discounted_net = net.try_div(factor)?;
        cumulative = cumulative.try_add(net)?;
        discounted_cumulative = discounted_cumulative.try_add(discounted_net)?;
        years.push(YearRow {
            year,
            benefits: flow.benefits,
            costs: flow.costs,
            benefit,
            cost,
            net,
            cumulative,
            discounted_net,
            discounted_cumulative,
            customers_baseline: k.baseline,
            customers_option: k.option,
        });
    }

    let series = |field: fn(&YearRow) -> Decimal| years.iter().map(field).collect::<Vec<_>>();
    let net = series(|r| r.net);
    let pv_benefits = present_value(&series(|r| r.benefit), s.discount_rate)?;
    let pv_costs = present_value(&series(|r| r.cost), s.discount_rate)?;
    let npv = pv_benefits.try_sub(pv_costs)?;
    let option_clv = clv(
        b.annual_revenue_per_customer.try_mul(one_plus_percent(o.levers.revenue_uplift)?)?,
        b.gross_margin,
        churn,
        s.discount_rate,
    );

    Ok(OptionResults {
        pv_benefits,
        pv_costs,
        npv,
        roi: ratio_to_costs(npv, pv_costs).and_then(|r| r.try_mul(Decimal::ONE_HUNDRED)),
        bcr: ratio_to_costs(pv_benefits, pv_costs),
        net_benefit: cumulative,
        payback_months: payback_months(&net),
        irr: irr(&net),
        clv: option_clv,
        clv_to_cac: clv_to_cac(option_clv, b.acquisition_cost),
        years,
    })
}

/// The option's churn c' and, for each year, K_t (from `baseline_counts`) and K'_t.
pub(crate) fn year_customers(
    s: &Scenario,
    o: &StrategyOption,
    baseline_counts: &[Decimal],
) -> Result<(Decimal, Vec<YearCustomers>), Undefined> {
    let b = &s.baseline;
    let churn = option_churn(b.annual_churn, o.levers.churn_reduction)?;
    let option_counts = customer_counts(b.customers, churn, b.new_customers_per_year, evaluated_years(s))?;
    let customers = baseline_counts
        .iter()
        .zip(&option_counts)
        .map(|(k, k_option)| YearCustomers { baseline: *k, option: *k_option })
        .collect();
    Ok((churn, customers))
}

/// `value / pv_costs`, undefined ([`Undefined::NoCosts`]) when there are no costs.
fn ratio_to_costs(value: Decimal, pv_costs: Decimal) -> Metric {
    if pv_costs.is_zero() {
        return Err(Undefined::NoCosts);
    }
    value.try_div(pv_costs)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::presets::{default_scenario, preset_option};
    use crate::model::strategy_option::OptionKind;
    use crate::model::test_support::d;
    use crate::model::timing::{Amount, Timing};
    use crate::model::{CostCategory, CostLine};

    fn near(actual: Decimal, expected: &str) {
        assert_eq!(actual.round_dp(8), d(expected).round_dp(8), "{actual} is not {expected}");
    }

    fn one_off_cost(amount: &str) -> CostLine {
        CostLine::new("", CostCategory::Technology, Timing::OneOff { amount: Amount::Fixed(d(amount)) })
    }

    /// A scenario with one option: marketing savings of 10 % of 1 000 000 = 100 000 a
    /// year (no customers change), a one-off cost of 150 000; N = 2, d = 10 %.
    fn simple() -> Scenario {
        let mut s = default_scenario("TWD");
        s.horizon_years = 2;
        s.baseline.marketing_spend = d("1000000");
        let mut o = preset_option(OptionKind::Custom, "simple", "TWD");
        o.levers.marketing_savings = d("10");
        o.costs = vec![one_off_cost("150000")];
        s.options = vec![o];
        s
    }

    fn only_option(s: &Scenario) -> OptionResults {
        evaluate(s).options.into_iter().next().unwrap().unwrap()
    }

    #[test]
    fn summary_metrics_by_hand() {
        // CF = −150000, 100000, 100000.
        let r = only_option(&simple());
        let net: Vec<Decimal> = r.years.iter().map(|y| y.net).collect();
        assert_eq!(net, vec![d("-150000"), d("100000"), d("100000")]);
        // PV(benefits) = 100000/1.1 + 100000/1.21 = 21000000/121 = 173553.71900826…
        near(r.pv_benefits, "173553.7190082644628099");
        // PV(costs) = 150000 (year 0 is not discounted)
        assert_eq!(r.pv_costs, d("150000"));
        // NPV = 21000000/121 − 150000 = 2850000/121 = 23553.71900826…
        near(r.npv, "23553.7190082644628099");
        // ROI = NPV / PV(costs) × 100 = 1900/121 = 15.70247933…
        near(r.roi.unwrap(), "15.7024793388429752");
        // BCR = PV(benefits) / PV(costs) = 140/121 = 1.15702479…
        near(r.bcr.unwrap(), "1.1570247933884298");
        // net benefit = −150000 + 100000 + 100000 = 50000 (undiscounted)
        assert_eq!(r.net_benefit, d("50000"));
        // S = −150000, −50000, 50000: 12 × (1 + 50000/100000) = 18 months
        assert_eq!(r.payback_months, Ok(d("18")));
        // 150 x² − 100 x − 100 = 0 ⇒ x = (100 + √70000)/300 = 1.2152504 ⇒ 21.52504 %
        let irr = r.irr.unwrap();
        assert!((irr - d("21.525044")).abs() < d("0.0001"), "{irr}");
    }

    #[test]
    fn year_rows_by_hand() {
        let r = only_option(&simple());
        let y = &r.years;
        assert_eq!(y.iter().map(|row| row.year).collect::<Vec<_>>(), vec![0, 1, 2]);
        assert_eq!((y[0].benefit, y[0].cost), (d("0"), d("150000")));
        assert_eq!(y[0].costs[CostCategory::Technology.index()], d("150000"));
        assert_eq!((y[1].benefit, y[1].benefits.marketing, y[1].cost), (d("100000"), d("100000"), d("0")));
        assert_eq!(y.iter().map(|row| row.cumulative).collect::<Vec<_>>(), vec![d("-150000"), d("-50000"), d("50000")]);
        // 100000 / 1.1 = 90909.0909…, 100000 / 1.21 = 82644.6280…
        near(y[1].discounted_net, "90909.0909090909090909");
        near(y[2].discounted_net, "82644.6280991735537190");
        // The discounted running sum ends at the NPV.
        near(y[2].discounted_cumulative, &r.npv.to_string());
        assert_eq!((y[2].customers_baseline, y[2].customers_option), (d("1000"), d("1000")));
    }

    #[test]
    fn discount_rate_zero_gives_plain_sums() {
        let mut s = simple();
        s.discount_rate = Decimal::ZERO;
        let r = only_option(&s);
        // PV(benefits) = 200000, PV(costs) = 150000, NPV = 50000 = net benefit,
        // ROI = 50000 / 150000 × 100 = 33.33…
        assert_eq!((r.pv_benefits, r.pv_costs, r.npv), (d("200000"), d("150000"), d("50000")));
        assert_eq!(r.npv, r.net_benefit);
        near(r.roi.unwrap(), "33.3333333333333333");
        near(r.bcr.unwrap(), "1.3333333333333333");
    }

    #[test]
    fn no_costs_leaves_roi_and_bcr_undefined() {
        let mut s = simple();
        s.options[0].costs.clear();
        let r = only_option(&s);
        assert_eq!((r.roi, r.bcr), (Err(Undefined::NoCosts), Err(Undefined::NoCosts)));
        assert_eq!(r.pv_costs, Decimal::ZERO);
        // CF = 0, 100000, 100000: never under water, all gains.
        assert_eq!(r.payback_months, Ok(Decimal::ZERO));
        assert_eq!(r.irr, Err(Undefined::NoSignChange));
    }

    #[test]
    fn baseline_and_option_clv() {
        let mut s = default_scenario("TWD");
        let mut o = preset_option(OptionKind::Custom, "x", "TWD");
        o.levers.churn_reduction = d("3");
        o.levers.revenue_uplift = d("5");
        s.options = vec![o];
        let e = evaluate(&s);
        // Baseline: 12000 × 0.4 × 0.8 / (1.1 − 0.8) = 3840 / 0.3 = 12800; / 3000 = 4.2666…
        assert_eq!(e.baseline.clv, Ok(d("12800")));
        near(e.baseline.clv_to_cac.unwrap(), "4.2666666666666667");
        // Option: R_o = 12000 × 1.05 = 12600, c' = 17, r = 0.83:
        // 12600 × 0.4 × 0.83 / (1.1 − 0.83) = 4183.2 / 0.27 = 15493.33…; / 3000 = 5.16444…
        let r = e.options[0].as_ref().unwrap();
        near(r.clv.unwrap(), "15493.3333333333333333");
        near(r.clv_to_cac.unwrap(), "5.1644444444444444");
    }

    #[test]
    fn churn_reduction_above_churn_means_no_churn() {
        let mut s = default_scenario("TWD");
        let mut o = preset_option(OptionKind::Custom, "x", "TWD");
        o.levers.churn_reduction = d("30");
        s.options = vec![o];
        s.horizon_years = 2;
        let r = only_option(&s);
        // c' = max(20 − 30, 0) = 0: K'_1 = 1000 + 200 = 1200, K'_2 = 1400
        let k: Vec<Decimal> = r.years.iter().map(|y| y.customers_option).collect();
        assert_eq!(k, vec![d("1000"), d("1200"), d("1400")]);
        // retention in year 2: (1400 − 1000) × 12000 × 0.4 = 1920000
        assert_eq!(r.years[2].benefits.retention, d("1920000"));
        // CLV with no churn: 12000 × 0.4 × 1 / 0.1 = 48000
        assert_eq!(r.clv, Ok(d("48000")));
        // And without discounting it would be unbounded.
        s.discount_rate = Decimal::ZERO;
        assert_eq!(only_option(&s).clv, Err(Undefined::InfiniteLifetime));
    }

    #[test]
    fn horizons_one_and_ten() {
        let mut s = simple();
        s.horizon_years = 1;
        let r = only_option(&s);
        // CF = −150000, 100000: never pays back within one year.
        assert_eq!(r.years.len(), 2);
        assert_eq!(r.net_benefit, d("-50000"));
        assert_eq!(r.payback_months, Err(Undefined::NeverPaysBack));
        // −150000 + 100000 / x = 0 ⇒ x = 2/3 ⇒ −33.33 %
        assert!((r.irr.unwrap() - d("-33.333333")).abs() < d("0.0001"));
        s.horizon_years = 10;
        let r = only_option(&s);
        assert_eq!(r.years.len(), 11);
        // 10 × 100000 − 150000 = 850000
        assert_eq!(r.net_benefit, d("850000"));
    }

    #[test]
    fn absurd_horizons_are_bounded() {
        let mut s = simple();
        s.horizon_years = 4_000_000_000;
        assert_eq!(only_option(&s).years.len(), MAX_HORIZON as usize + 1);
        s.horizon_years = 0;
        let r = only_option(&s);
        assert_eq!(r.years.len(), 1);
        assert_eq!(r.payback_months, Err(Undefined::NeverPaysBack));
    }

    #[test]
    fn overflow_spoils_only_its_option() {
        let mut s = simple();
        let mut huge = s.options[0].clone();
        huge.costs = vec![one_off_cost("79000000000000000000000000000"), one_off_cost("79000000000000000000000000000")];
        s.options.push(huge);
        let e = evaluate(&s);
        assert!(e.options[0].is_ok());
        assert_eq!(e.options[1], Err(Undefined::Overflow));
    }

    #[test]
    fn overflowing_customers_spoil_every_option() {
        let mut s = default_scenario("TWD");
        s.baseline.customers = d("10000000000000000000000000000");
        let e = evaluate(&s);
        assert!(e.options.iter().all(|o| *o == Err(Undefined::Overflow)));
        // The CLV does not depend on the customer count.
        assert_eq!(e.baseline.clv, Ok(d("12800")));
    }

    #[test]
    fn growth_of_100_percent_for_ten_years_with_large_amounts_overflows() {
        let mut s = simple();
        s.horizon_years = 10;
        // Year 10 alone, 10²⁶ × 2⁹ × 1.1 = 5.6 × 10²⁸, still fits; the running sum
        // of ten years, 10²⁶ × 1023 × 1.1 = 1.1 × 10²⁹, does not.
        s.options[0].costs = vec![CostLine::new(
            "",
            CostCategory::Labour,
            Timing::Recurring { amount: Amount::Fixed(d("100000000000000000000000000")), growth: d("100") },
        )];
        s.options[0].cost_risk = d("10");
        assert_eq!(evaluate(&s).options[0], Err(Undefined::Overflow));
    }
}
