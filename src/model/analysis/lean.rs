//! NPV and ROI alone (model.md §3), for the thousands of evaluations of the analysis.
//!
//! [`crate::model::evaluate_option`] also computes IRR (an iteration), payback, CLV and
//! the year rows; the analysis needs only PV(benefits) and PV(costs). This path makes
//! the same operations in the same order — customer counts, each line's yearly values
//! (cash_flow.rs, line_value.rs, scale.rs), the sums per cost category times the cost
//! risk, the lever benefits times realisation and benefit risk, the checked sums, the
//! discount factors — so its NPV and ROI are *equal* to `evaluate_option`'s, digit for
//! digit, and `Err` exactly when it fails (a native property test holds both to that).
//! What does not change between evaluations (the baseline's customer counts, the
//! discount factors, the scale drivers; per option the benefit factor of each year and
//! the cost-risk factor) is computed once, by the same functions, and kept; yearly
//! values live on the stack. It also makes the two checks of `evaluate_option` that
//! can fail besides the flows: the undiscounted running sum of the cash flow and the
//! option's revenue per customer for its CLV. (Its other running sums are bounded by
//! PV(benefits) and PV(costs) when amounts are ≥ 0, as validation requires.)

use crate::model::benefit_sources::BenefitSources;
use crate::model::cash_flow::benefit_factor;
use crate::model::checked::{one_plus_percent, Checked};
use crate::model::cost_line::CostCategory;
use crate::model::customers::customer_counts;
use crate::model::lever_benefits::lever_benefits;
use crate::model::present_value::compound_factors;
use crate::model::results::{evaluated_years, year_customers};
use crate::model::scale::{Driver, Scale};
use crate::model::scenario::Scenario;
use crate::model::strategy_option::StrategyOption;
use crate::model::timing::Timing;
use crate::model::undefined::{Metric, Undefined};
use crate::model::validation::MAX_HORIZON;
use rust_decimal::Decimal;

/// Years 0..=MAX_HORIZON.
const SLOTS: usize = MAX_HORIZON as usize + 1;
type Years = [Decimal; SLOTS];

/// PV(benefits), PV(costs), NPV and ROI of one option.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LeanResult {
    pub pv_benefits: Decimal,
    pub pv_costs: Decimal,
    pub npv: Decimal,
    /// npv / pv_costs × 100; undefined ([`Undefined::NoCosts`]) without costs.
    pub roi: Metric,
}

/// What does not depend on the option: the baseline's customer counts K_0..K_N, the
/// discount factors (1 + d/100)^t and each scale driver's value. Once per scenario.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Prepared {
    years: u32,
    counts: Result<Vec<Decimal>, Undefined>,
    factors: Result<Vec<Decimal>, Undefined>,
    drivers: [Result<Decimal, Undefined>; Driver::ALL.len()],
}

impl Prepared {
    pub fn new(s: &Scenario) -> Prepared {
        let years = evaluated_years(s);
        let b = &s.baseline;
        Prepared {
            years,
            counts: customer_counts(b.customers, b.annual_churn, b.new_customers_per_year, years),
            factors: compound_factors(s.discount_rate, years),
            drivers: Driver::ALL.map(|d| d.value(b)),
        }
    }

    fn driver(&self, by: Driver) -> Result<Decimal, Undefined> {
        let index = Driver::ALL.iter().position(|d| *d == by);
        index.and_then(|i| self.drivers.get(i)).copied().unwrap_or(Err(Undefined::Overflow))
    }

    /// A line's value `v`, scaled when the line has a scale.
    fn scaled(&self, v: Decimal, scale: Option<Scale>) -> Result<Decimal, Undefined> {
        match scale {
            None => Ok(v),
            Some(s) => s.apply_to(v, self.driver(s.by)?),
        }
    }

    /// Adds a line's yearly values 0..=years (line_value.rs, then its scale) to `totals`.
    fn add_line(&self, totals: &mut Years, timing: &Timing, scale: Option<Scale>) -> Result<(), Undefined> {
        let years = totals.iter_mut().take(self.len());
        match timing {
            Timing::OneOff { amount } => {
                let first = amount.value()?;
                for (t, total) in years.enumerate() {
                    let v = if t == 0 { first } else { Decimal::ZERO };
                    *total = total.try_add(self.scaled(v, scale)?)?;
                }
            }
            Timing::Recurring { amount, growth } => {
                let step = one_plus_percent(*growth)?;
                let mut current = amount.value()?;
                for (t, total) in years.enumerate() {
                    let v = match t {
                        0 => Decimal::ZERO,
                        1 => current,
                        _ => {
                            current = current.try_mul(step)?;
                            current
                        }
                    };
                    *total = total.try_add(self.scaled(v, scale)?)?;
                }
            }
            Timing::Schedule { amounts } => {
                for (t, total) in years.enumerate() {
                    let v = amounts.get(t).copied().unwrap_or(Decimal::ZERO);
                    *total = total.try_add(self.scaled(v, scale)?)?;
                }
            }
        }
        Ok(())
    }

    /// N + 1.
    fn len(&self) -> usize {
        usize::try_from(self.years).unwrap_or(0).saturating_add(1).min(SLOTS)
    }
}

/// What does not change while only an option's levers and line amounts do: the benefit
/// factor of each year (realisation × (1 − benefit risk)) and 1 + cost risk.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OptionFactors {
    benefit: Vec<Result<Decimal, Undefined>>,
    cost_risk: Result<Decimal, Undefined>,
}

impl OptionFactors {
    pub fn new(p: &Prepared, o: &StrategyOption) -> OptionFactors {
        OptionFactors {
            benefit: (0..=p.years).map(|t| benefit_factor(o, t)).collect(),
            cost_risk: one_plus_percent(o.cost_risk),
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
    lean_with(p, &OptionFactors::new(p, o), s, o)
}

/// [`lean_prepared`] with `o`'s factors computed already (`f` must come from `o`'s
/// realisation and risks; its levers and line amounts may differ).
pub fn lean_with(p: &Prepared, f: &OptionFactors, s: &Scenario, o: &StrategyOption) -> Result<LeanResult, Undefined> {
    let b = &s.baseline;
    let (_, customers) = year_customers(s, o, p.counts.as_ref().map_err(|e| *e)?)?;

    // Benefits (cash_flow::yearly_benefits): custom lines, then per year the lever
    // benefits (none in year 0) scaled by the year's factor.
    let mut custom: Years = Default::default();
    for line in &o.custom_benefits {
        p.add_line(&mut custom, &line.timing, line.scale)?;
    }
    let mut benefits: Years = Default::default();
    for (t, ((benefit, k), custom)) in benefits.iter_mut().zip(&customers).zip(custom).enumerate() {
        let mut gross = if t == 0 { BenefitSources::default() } else { lever_benefits(b, &o.levers, *k)? };
        gross.custom = custom;
        let factor = f.benefit.get(t).copied().unwrap_or(Err(Undefined::Overflow))?;
        *benefit = gross.scaled(factor)?.total()?;
    }

    // Costs (cash_flow::yearly_costs): per category the sum of its lines times the
    // cost risk; a year's cost is the sum over the categories in their order.
    let risk = f.cost_risk?;
    let mut categories: [Years; CostCategory::ALL.len()] = Default::default();
    for line in &o.costs {
        if let Some(totals) = categories.get_mut(line.category.index()) {
            p.add_line(totals, &line.timing, line.scale)?;
        }
    }
    let mut costs: Years = Default::default();
    for category in &categories {
        for (cost, total) in costs.iter_mut().zip(category).take(p.len()) {
            *cost = cost.try_add(total.try_mul(risk)?)?;
        }
    }

    let factors = p.factors.as_ref().map_err(|e| *e)?;
    let (mut cumulative, mut pv_benefits, mut pv_costs) = (Decimal::ZERO, Decimal::ZERO, Decimal::ZERO);
    for ((benefit, cost), factor) in benefits.iter().zip(&costs).zip(factors) {
        cumulative = cumulative.try_add(benefit.try_sub(*cost)?)?;
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::presets::default_scenario;
    use crate::model::results::evaluate_option;
    use crate::model::test_support::d;

    /// Equal to evaluate_option's NPV and ROI, to the last digit (the property test in
    /// tests/engine_hostile.rs covers every valid scenario).
    fn same_as_evaluate(s: &Scenario) {
        for o in &s.options {
            let full = evaluate_option(s, o);
            let lean = lean_npv_roi(s, o);
            match (&full, &lean) {
                (Ok(f), Ok(l)) => {
                    assert_eq!((f.pv_benefits, f.pv_costs, f.npv, f.roi), (l.pv_benefits, l.pv_costs, l.npv, l.roi));
                }
                (Err(a), Err(b)) => assert_eq!(a, b),
                _ => panic!("{} differs: {full:?} / {lean:?}", o.id),
            }
        }
    }

    #[test]
    fn lean_equals_evaluate_option_on_presets_and_variations() {
        let mut s = default_scenario("TWD");
        same_as_evaluate(&s);
        for (horizon, rate, churn) in [(1, "0", "0"), (10, "33.3", "7.77"), (7, "100", "100"), (3, "2.5", "19.99")] {
            s.horizon_years = horizon;
            s.discount_rate = d(rate);
            s.baseline.annual_churn = d(churn);
            for o in &mut s.options {
                o.realisation = vec![d("33.3"), d("66.7")];
                o.benefit_risk = d("12.5");
                o.cost_risk = d("7.3");
                o.levers.upsell_rate = d("1.1");
            }
            same_as_evaluate(&s);
        }
        // An option that overflows is Err in both.
        s.baseline.customers = d("79000000000000000000000000000");
        same_as_evaluate(&s);
    }
}
