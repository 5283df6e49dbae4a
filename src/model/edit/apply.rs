//! [`apply`]: one edit on a copy of the scenario, validated as a file is.

use super::refusal::{Refusal, Why};
use super::{Edit, LineEdit, OptionEdit};
use crate::model::follow::{change_currency, set_baseline};
use crate::model::line_edit::{LineList, RemovedLine};
use crate::model::option_list::RemovedOption;
use crate::model::scale_choice::ScaleMode;
use crate::model::range_edit::{clear_all, set_bound, set_lever, spread};
use crate::model::scenario::Scenario;
use crate::model::strategy_option::StrategyOption;
use crate::model::timing::Amount;
use crate::model::undefined::Undefined;
use crate::model::validation::validate;

/// What an applied edit leaves besides the new scenario: the option to show next, or
/// what to keep for undo.
#[derive(Clone, Debug, PartialEq)]
pub enum Outcome {
    Done,
    /// An option was added (or restored) with this id.
    Added(String),
    /// An option was removed: where it was and what to show instead.
    Removed(Box<RemovedOption>),
    /// A line was removed from index `index` of its list: what Undo puts back.
    LineRemoved { index: usize, line: Box<RemovedLine> },
    /// A removed line is back, at `index` of its list.
    LineRestored(usize),
}

/// A committed edit: the whole new scenario and its [`Outcome`].
#[derive(Clone, Debug, PartialEq)]
pub struct Applied {
    pub scenario: Scenario,
    pub outcome: Outcome,
}

/// Applies `edit` to a copy of `scenario`. The result is returned only if it validates
/// with the rules of a file (`model::validation`); otherwise, or if the model's own
/// operation refuses (an overflow, a full list), the refusal names the field and
/// `scenario` is unchanged.
pub fn apply(scenario: &Scenario, edit: &Edit) -> Result<Applied, Refusal> {
    let mut s = scenario.clone();
    let outcome = change(&mut s, edit)?;
    if let Err(errors) = validate(&s) {
        // The first broken rule is the one to show; validation lists them in file order.
        let first = errors.into_iter().next();
        let path = first.as_ref().map(|e| e.path.clone()).unwrap_or_default();
        return Err(match first {
            Some(e) => Refusal::new(path, Why::Invalid(e)),
            None => Refusal::new(path, Why::Missing),
        });
    }
    Ok(Applied { scenario: s, outcome })
}

fn change(s: &mut Scenario, edit: &Edit) -> Result<Outcome, Refusal> {
    match edit {
        Edit::Baseline(field, value) => set_baseline(s, *field, *value),
        Edit::Currency(code) => change_currency(s, code),
        Edit::HorizonYears(n) => s.horizon_years = *n,
        Edit::DiscountRate(v) => s.discount_rate = *v,
        Edit::Uncertainty(v) => s.uncertainty = *v,
        Edit::Name(name) => s.name = name.clone(),
        Edit::AddOption(name) => {
            let id = s.add_custom_option(name.clone()).ok_or_else(|| Refusal::new("options", Why::Full))?;
            return Ok(Outcome::Added(id));
        }
        Edit::DuplicateOption { id, name } => {
            if s.is_full() {
                return Err(Refusal::new("options", Why::Full));
            }
            let copy = s.duplicate_option(id, |_| name.clone()).ok_or_else(|| Refusal::new("options", Why::Missing))?;
            return Ok(Outcome::Added(copy));
        }
        Edit::RemoveOption(id) => {
            if s.options.len() <= 1 {
                return Err(Refusal::new("options", Why::LastOption));
            }
            let removed = s.remove_option(id).ok_or_else(|| Refusal::new("options", Why::Missing))?;
            return Ok(Outcome::Removed(Box::new(removed)));
        }
        Edit::RestoreOption { index, option } => {
            let id = s.restore_option(*index, option).ok_or_else(|| Refusal::new("options", Why::Full))?;
            return Ok(Outcome::Added(id));
        }
        Edit::Option { id, edit } => {
            let index = s.options.iter().position(|o| o.id == *id).ok_or_else(|| Refusal::new("options", Why::Missing))?;
            let path = format!("options[{index}]");
            let current = s.options.get(index).map(|o| range_spreads(s, o, edit));
            let baseline = s.baseline.clone();
            let horizon = s.horizon_years;
            let option = s.options.get_mut(index).ok_or_else(|| Refusal::new("options", Why::Missing))?;
            return option_change(option, edit, &path, &baseline, horizon, current.flatten());
        }
    }
    Ok(Outcome::Done)
}

/// The spread in effect of the lever whose range bound is being set (its other bound
/// is kept); read before the option is borrowed for the change.
fn range_spreads(s: &Scenario, o: &StrategyOption, edit: &OptionEdit) -> Option<crate::model::LeverRange> {
    match edit {
        OptionEdit::RangeBound { lever, .. } => Some(spread(s, o, *lever)),
        _ => None,
    }
}

fn option_change(
    o: &mut StrategyOption,
    edit: &OptionEdit,
    path: &str,
    baseline: &crate::model::Baseline,
    horizon: u32,
    current_spread: Option<crate::model::LeverRange>,
) -> Result<Outcome, Refusal> {
    match edit {
        OptionEdit::Name(name) => o.name = name.clone(),
        OptionEdit::Lever(lever, v) => set_lever(o, *lever, *v),
        OptionEdit::BenefitRisk(v) => o.benefit_risk = *v,
        OptionEdit::CostRisk(v) => o.cost_risk = *v,
        OptionEdit::Realisation { year, value } => o.set_realisation(*year, *value, horizon),
        OptionEdit::RangeBound { lever, bound, value } => {
            let now = current_spread.ok_or_else(|| Refusal::new(format!("{path}.ranges"), Why::Missing))?;
            set_bound(o, now, *lever, *bound, *value).map_err(|_| {
                let e = crate::model::validation::ValidationError {
                    path: format!("{path}.ranges.{}", lever.key()),
                    rule: crate::model::validation::Rule::RangeAroundValue,
                };
                Refusal::new(e.path.clone(), Why::Invalid(e))
            })?;
        }
        OptionEdit::ClearRanges => clear_all(o),
        OptionEdit::AddLine { list, label } => {
            o.add_line(*list, label.clone()).ok_or_else(|| Refusal::new(list_path(path, *list), Why::Full))?;
        }
        OptionEdit::RemoveLine { list, index } => {
            let line = o.take_line(*list, *index).ok_or_else(|| Refusal::new(list_path(path, *list), Why::Missing))?;
            return Ok(Outcome::LineRemoved { index: *index, line: Box::new(line) });
        }
        OptionEdit::RestoreLine { index, line } => {
            let list = line.list();
            let at = o.put_line_back(*index, (**line).clone()).ok_or_else(|| Refusal::new(list_path(path, list), Why::Full))?;
            return Ok(Outcome::LineRestored(at));
        }
        OptionEdit::Line { list, index, edit } => {
            let line_path = format!("{}[{index}]", list_path(path, *list));
            let Some(line) = o.line(*list, *index) else {
                return Err(Refusal::new(line_path, Why::Missing));
            };
            // "2 % of revenue" is one figure: a percentage is never quantity × unit cost.
            if *edit == LineEdit::PerUnit(true) && ScaleMode::of(line.scale).is_percent() {
                return Err(Refusal::new(format!("{line_path}.per_unit"), Why::PercentLine));
            }
            line_change(o, *list, *index, edit, baseline, horizon).map_err(|_| Refusal::new(line_path, Why::Overflow))?;
        }
    }
    Ok(Outcome::Done)
}

fn list_path(option_path: &str, list: LineList) -> String {
    match list {
        LineList::Costs => format!("{option_path}.costs"),
        LineList::Benefits => format!("{option_path}.custom_benefits"),
    }
}

fn line_change(
    o: &mut StrategyOption,
    list: LineList,
    i: usize,
    edit: &LineEdit,
    baseline: &crate::model::Baseline,
    horizon: u32,
) -> Result<(), Undefined> {
    match edit {
        LineEdit::Label(text) => o.set_line_label(list, i, text.clone()),
        LineEdit::Category(c) => {
            if list == LineList::Costs {
                o.set_cost_category(i, *c);
            }
        }
        LineEdit::Stage(stage) => {
            if list == LineList::Costs {
                o.set_cost_stage(i, *stage);
            }
        }
        LineEdit::Timing(kind) => o.set_line_timing(list, i, *kind, horizon)?,
        LineEdit::PerUnit(on) => o.set_line_per_unit(list, i, *on)?,
        LineEdit::Amount(v) => o.edit_amount(list, i, |a| {
            if let Amount::Fixed(x) = a {
                *x = *v;
            }
        }),
        LineEdit::Quantity(v) => o.edit_amount(list, i, |a| {
            if let Amount::PerUnit { quantity, .. } = a {
                *quantity = *v;
            }
        }),
        LineEdit::UnitCost(v) => o.edit_amount(list, i, |a| {
            if let Amount::PerUnit { unit_cost, .. } = a {
                *unit_cost = *v;
            }
        }),
        LineEdit::Growth(v) => o.edit_timing(list, i, |t| t.set_growth(*v)),
        LineEdit::Scheduled { year, value } => o.edit_timing(list, i, |t| t.set_scheduled(*year, *value)),
        LineEdit::ScaleMode(mode) => o.set_line_scale_mode(list, i, *mode, baseline),
        LineEdit::ScalePer(v) => o.set_line_scale_per(list, i, *v),
        LineEdit::Restore { timing, scale } => o.restore_line_form(list, i, timing.clone(), *scale),
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::baseline::BaselineField;
    use crate::model::presets::default_scenario;
    use crate::model::test_support::d;
    use crate::model::validation::MAX_AMOUNT;

    fn line(id: &str, index: usize, edit: LineEdit) -> Edit {
        Edit::Option { id: id.into(), edit: OptionEdit::Line { list: LineList::Costs, index, edit } }
    }

    /// Issue 15, defect 2: quantity 2 × unit cost 10^15, then quantity × unit cost off:
    /// the line would hold 2 × 10^15, which no file may hold. Refused, naming the line;
    /// the scenario stays as it was, and still validates.
    #[test]
    fn a_product_beyond_the_limit_is_refused_and_the_scenario_stays_valid() {
        let s = default_scenario("TWD");
        let s = apply(&s, &line("personalised", 0, LineEdit::Quantity(d("2")))).unwrap().scenario;
        let s = apply(&s, &line("personalised", 0, LineEdit::PerUnit(true))).unwrap().scenario;
        // The product is the one amount the line stands for: 2 × 10^15 is refused as
        // the unit cost is typed, not later when the helper is turned off.
        let refused = apply(&s, &line("personalised", 0, LineEdit::UnitCost(MAX_AMOUNT))).unwrap_err();
        assert!(refused.path.starts_with("options[0].costs[0]"), "{refused:?}");
        assert!(matches!(&refused.why, Why::Invalid(e) if e.rule == crate::model::validation::Rule::Product { max: MAX_AMOUNT }), "{refused:?}");
        assert_eq!(validate(&s), Ok(()));
        // Half of it fits, and turning the helper off then gives the same money.
        let half = MAX_AMOUNT / d("2");
        let s = apply(&s, &line("personalised", 0, LineEdit::UnitCost(half))).unwrap().scenario;
        let s = apply(&s, &line("personalised", 0, LineEdit::PerUnit(false))).unwrap().scenario;
        assert_eq!(s.options[0].costs[0].timing.amount(), Some(&Amount::Fixed(MAX_AMOUNT)));
        // A file holding the product is refused by the same rule (what the form refuses,
        // no file may bring in).
        let mut file = s.clone();
        file.options[0].costs[0].timing = crate::model::Timing::Recurring {
            amount: Amount::PerUnit { quantity: d("2"), unit_cost: MAX_AMOUNT },
            growth: d("0"),
        };
        assert!(validate(&file).is_err_and(|e| e[0].path == "options[0].costs[0].unit_cost"));
    }

    /// Issue 15, defect 2: "2 % of revenue" is one figure; quantity × unit cost is refused.
    #[test]
    fn a_percent_line_never_becomes_quantity_times_unit_cost() {
        let s = default_scenario("TWD");
        let s = apply(&s, &line("personalised", 0, LineEdit::ScaleMode(ScaleMode::PercentOfRevenue))).unwrap().scenario;
        let refused = apply(&s, &line("personalised", 0, LineEdit::PerUnit(true))).unwrap_err();
        assert_eq!(refused.why, Why::PercentLine);
        assert_eq!(refused.message_key(), "edit.refused.percent_line");
        // Off stays allowed (it changes nothing on a one-figure line).
        assert!(apply(&s, &line("personalised", 0, LineEdit::PerUnit(false))).is_ok());
    }

    #[test]
    fn an_out_of_range_value_is_refused_with_its_field() {
        let s = default_scenario("TWD");
        let refused = apply(&s, &Edit::DiscountRate(d("101"))).unwrap_err();
        assert_eq!(refused.path, "discount_rate");
        let refused = apply(&s, &line("automated", 3, LineEdit::Growth(d("-101")))).unwrap_err();
        assert_eq!(refused.path, "options[1].costs[3].growth");
    }

    #[test]
    fn adding_removing_and_restoring_an_option() {
        let s = default_scenario("TWD");
        let added = apply(&s, &Edit::AddOption("Mine".into())).unwrap();
        assert_eq!(added.outcome, Outcome::Added("custom".into()));
        let removed = apply(&added.scenario, &Edit::RemoveOption("automated".into())).unwrap();
        let Outcome::Removed(r) = removed.outcome else { panic!("not removed") };
        let back = apply(&removed.scenario, &Edit::RestoreOption { index: r.index, option: Box::new(r.option) }).unwrap();
        assert_eq!(back.scenario, added.scenario);
        // The last option stays.
        let mut one = default_scenario("TWD");
        one.options.truncate(1);
        assert_eq!(apply(&one, &Edit::RemoveOption("personalised".into())).unwrap_err().why, Why::LastOption);
    }

    /// Issue 21, item 3: removing a line can be undone; the line comes back whole, where
    /// it was.
    #[test]
    fn a_removed_line_is_put_back_whole_where_it_was() {
        let s = default_scenario("TWD");
        let remove = Edit::Option { id: "personalised".into(), edit: OptionEdit::RemoveLine { list: LineList::Costs, index: 1 } };
        let removed = apply(&s, &remove).unwrap();
        assert_eq!(removed.scenario.options[0].costs.len(), s.options[0].costs.len() - 1);
        let Outcome::LineRemoved { index, line } = removed.outcome else { panic!("no undo") };
        assert_eq!((index, line.label()), (1, s.options[0].costs[1].label.as_str()));
        let restore = Edit::Option { id: "personalised".into(), edit: OptionEdit::RestoreLine { index, line } };
        let back = apply(&removed.scenario, &restore).unwrap();
        assert_eq!(back.outcome, Outcome::LineRestored(1));
        assert_eq!(back.scenario, s);
    }

    #[test]
    fn a_stale_edit_is_refused_not_applied_elsewhere() {
        let s = default_scenario("TWD");
        assert_eq!(apply(&s, &line("gone", 0, LineEdit::Amount(d("1")))).unwrap_err().why, Why::Missing);
        assert_eq!(apply(&s, &line("personalised", 9, LineEdit::Amount(d("1")))).unwrap_err().why, Why::Missing);
    }

    #[test]
    fn a_baseline_answer_follows_the_one_rule() {
        let s = default_scenario("TWD");
        let s = apply(&s, &Edit::Baseline(BaselineField::Customers, d("500"))).unwrap().scenario;
        assert_eq!(s.baseline.new_customers_per_year, d("100"));
    }
}
