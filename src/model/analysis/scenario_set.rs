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
