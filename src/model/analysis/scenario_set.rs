//! Conservative, base and optimistic cases (model.md §3a, "Scenarios"), each with the
//! full results of §3.
//!
//! Conservative: every lever at its low value, every cost line at its high factor,
//! every custom benefit line at its low factor. Optimistic: the opposite. Base: as
//! entered. The baseline, the discount rate and the risks stay as entered (they are
//! not "ranged" inputs of the option; the tornado shows their effect).

use super::input_path::AnalysisInput;
use super::spread::{set_input, spread};
use super::tornado::scenario_without_options;
use crate::model::levers::Lever;
use crate::model::results::{evaluate_option, OptionResults};
use crate::model::scenario::Scenario;
use crate::model::strategy_option::StrategyOption;
use crate::model::undefined::Undefined;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ScenarioSet {
    pub conservative: Result<OptionResults, Undefined>,
    pub base: Result<OptionResults, Undefined>,
    pub optimistic: Result<OptionResults, Undefined>,
}

/// Which end of each range a case takes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Case {
    Conservative,
    Optimistic,
}

/// Option `o` with every lever and line at the `case` end of its spread.
pub fn case_option(s: &Scenario, o: &StrategyOption, case: Case) -> StrategyOption {
    let good = case == Case::Optimistic;
    let mut s_work = scenario_without_options(s);
    let mut work = o.clone();
    let inputs = Lever::ALL
        .into_iter()
        .map(|l| (AnalysisInput::Lever(l), true))
        .chain((0..o.costs.len()).map(|i| (AnalysisInput::Cost(i), false)))
        .chain((0..o.custom_benefits.len()).map(|i| (AnalysisInput::Benefit(i), true)));
    for (input, more_is_better) in inputs {
        let sp = spread(s, o, input);
        let value = if good == more_is_better { sp.high } else { sp.low };
        set_input(&mut s_work, &mut work, o, input, value);
    }
    work
}

pub fn scenario_set(s: &Scenario, o: &StrategyOption) -> ScenarioSet {
    ScenarioSet {
        conservative: evaluate_option(s, &case_option(s, o, Case::Conservative)),
        base: evaluate_option(s, o),
        optimistic: evaluate_option(s, &case_option(s, o, Case::Optimistic)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::lever_ranges::LeverRange;
    use crate::model::presets::default_scenario;
    use crate::model::test_support::d;
    use crate::model::timing::{Amount, Timing};
    use crate::model::BenefitLine;
    use rust_decimal::Decimal;

    #[test]
    fn conservative_below_base_below_optimistic() {
        let s = default_scenario("TWD");
        for o in &s.options {
            let set = scenario_set(&s, o);
            let npv = |r: &Result<OptionResults, Undefined>| r.as_ref().unwrap().npv;
            assert!(npv(&set.conservative) < npv(&set.base), "{}", o.id);
            assert!(npv(&set.base) < npv(&set.optimistic), "{}", o.id);
            assert_eq!(set.base, evaluate_option(&s, o));
        }
    }

    #[test]
    fn cases_take_the_ends_of_each_range() {
        let s = default_scenario("TWD");
        let mut o = s.options[0].clone();
        o.ranges.churn_reduction = Some(LeverRange { low: d("2"), high: d("7") });
        o.custom_benefits = vec![BenefitLine::new("b", Timing::OneOff { amount: Amount::Fixed(d("1000")) })];
        let low = case_option(&s, &o, Case::Conservative);
        let high = case_option(&s, &o, Case::Optimistic);
        assert_eq!((low.levers.churn_reduction, high.levers.churn_reduction), (d("2"), d("7")));
        // revenue_uplift 10 ± 20 %.
        assert_eq!((low.levers.revenue_uplift, high.levers.revenue_uplift), (d("8"), d("12")));
        // Costs high when conservative, benefits low.
        let amount = |t: &Timing| crate::model::analysis::spread::line_amount(t);
        assert_eq!(amount(&low.costs[0].timing), amount(&o.costs[0].timing) * d("1.2"));
        assert_eq!(amount(&high.costs[0].timing), amount(&o.costs[0].timing) * d("0.8"));
        assert_eq!((amount(&low.custom_benefits[0].timing), amount(&high.custom_benefits[0].timing)), (d("800"), d("1200")));
        // Risks stay.
        assert_eq!((low.benefit_risk, low.cost_risk), (o.benefit_risk, o.cost_risk));
    }

    #[test]
    fn with_no_spread_all_three_are_the_base() {
        let mut s = default_scenario("TWD");
        s.uncertainty = Decimal::ZERO;
        let o = s.options[1].clone();
        let set = scenario_set(&s, &o);
        assert_eq!(set.conservative, set.base);
        assert_eq!(set.optimistic, set.base);
    }
}
