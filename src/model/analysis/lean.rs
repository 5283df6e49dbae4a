//! NPV and ROI alone (model.md §3), for the thousands of evaluations of the analysis.
//!
//! [`crate::model::evaluate_option`] also computes IRR (an iteration), payback, CLV and
//! the year rows; the analysis needs only PV(benefits) and PV(costs). This path runs the
//! same functions in the same order (customer counts, [`option_cash_flows`], the
//! discount factors, the checked sums), so its NPV and ROI are *equal* to
//! `evaluate_option`'s — digit for digit, and `Err` exactly when it fails (a native
//! property test holds both to that). It also makes the two checks of `evaluate_option`
//! that can fail besides the flows: the undiscounted running sum of the cash flow and
//! the option's revenue per customer for its CLV. (Its other running sums are bounded
//! by PV(benefits) and PV(costs) when amounts are ≥ 0, as validation requires.)

use crate::model::cash_flow::option_cash_flows;
use crate::model::checked::{one_plus_percent, sum, Checked};
use crate::model::customers::{customer_counts, option_churn};
use crate::model::lever_benefits::YearCustomers;
use crate::model::present_value::compound_factors;
use crate::model::results::evaluated_years;
use crate::model::scenario::Scenario;
use crate::model::strategy_option::StrategyOption;
use crate::model::undefined::{Metric, Undefined};
use rust_decimal::Decimal;

/// PV(benefits), PV(costs), NPV and ROI of one option.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LeanResult {
    pub pv_benefits: Decimal,
    pub pv_costs: Decimal,
    pub npv: Decimal,
    /// npv / pv_costs × 100; undefined ([`Undefined::NoCosts`]) without costs.
    pub roi: Metric,
}

/// What does not depend on the option: the years evaluated, the baseline's customer
/// counts K_0..K_N and the discount factors (1 + d/100)^t. Computed once per scenario.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Prepared {
    years: u32,
    counts: Result<Vec<Decimal>, Undefined>,
    factors: Result<Vec<Decimal>, Undefined>,
}

impl Prepared {
    pub fn new(s: &Scenario) -> Prepared {
        let years = evaluated_years(s);
        let b = &s.baseline;
        Prepared {
            years,
            counts: customer_counts(b.customers, b.annual_churn, b.new_customers_per_year, years),
            factors: compound_factors(s.discount_rate, years),
        }
    }
}

/// NPV and ROI of option `o` in scenario `s` (it need not be one of `s.options`).
pub fn lean_npv_roi(s: &Scenario, o: &StrategyOption) -> Result<LeanResult, Undefined> {
    lean_prepared(&Prepared::new(s), s, o)
}

/// [`lean_npv_roi`] with the scenario's invariant part computed already (`p` must come
/// from `s`'s baseline, discount rate and horizon).
pub fn lean_prepared(p: &Prepared, s: &Scenario, o: &StrategyOption) -> Result<LeanResult, Undefined> {
    let b = &s.baseline;
    let counts = p.counts.as_ref().map_err(|e| *e)?;
    let churn = option_churn(b.annual_churn, o.levers.churn_reduction)?;
    let option_counts = customer_counts(b.customers, churn, b.new_customers_per_year, p.years)?;
    let customers: Vec<YearCustomers> = counts
        .iter()
        .zip(&option_counts)
        .map(|(k, k_option)| YearCustomers { baseline: *k, option: *k_option })
        .collect();
    let flows = option_cash_flows(b, o, &customers)?;
    let factors = p.factors.as_ref().map_err(|e| *e)?;
    let (mut cumulative, mut pv_benefits, mut pv_costs) = (Decimal::ZERO, Decimal::ZERO, Decimal::ZERO);
    for (flow, factor) in flows.iter().zip(factors) {
        let benefit = flow.benefits.total()?;
        let cost = sum(flow.costs)?;
        cumulative = cumulative.try_add(benefit.try_sub(cost)?)?;
        pv_benefits = pv_benefits.try_add(benefit.try_div(*factor)?)?;
        pv_costs = pv_costs.try_add(cost.try_div(*factor)?)?;
    }
    // evaluate_option's CLV multiplies the revenue by the uplift with `?`.
    b.annual_revenue_per_customer.try_mul(one_plus_percent(o.levers.revenue_uplift)?)?;
    let npv = pv_benefits.try_sub(pv_costs)?;
    let roi = if pv_costs.is_zero() {
        Err(Undefined::NoCosts)
    } else {
        npv.try_div(pv_costs).and_then(|r| r.try_mul(Decimal::ONE_HUNDRED))
    };
    Ok(LeanResult { pv_benefits, pv_costs, npv, roi })
}
