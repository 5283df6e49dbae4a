//! Merges two tabs' edits of one scenario: each tab changed it since the version both
//! last saw (the one in storage when this tab last saved or read it), so what each
//! changed is what differs from that common version. Fields changed on one side only
//! keep that side's value: two tabs editing different figures keep both edits. Where
//! the same figure was changed on both sides, the later edit wins (issue 21, 3a).
//!
//! The merge walks the scenario's file document (contract.md §1), so every field the
//! file has is covered without a list of fields to keep up to date, and the result is
//! read back with the file's own checks: a merge that would not be a valid scenario
//! (two edits valid alone, say quantity and unit cost whose product is too large)
//! falls back to the later side whole.

#![cfg_attr(
    not(test),
    deny(
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::panic,
        clippy::indexing_slicing,
        clippy::arithmetic_side_effects,
        clippy::float_arithmetic,
    )
)]

use crate::json::{self, Value};
use crate::model::scenario_file::read_document;
use crate::model::scenario_file;
use crate::model::Scenario;

/// Whose edit is the later one, where both changed the same figure.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Later {
    Mine,
    Theirs,
}

/// The merged scenario, and what the merge did to this tab's edits.
#[derive(Clone, Debug, PartialEq)]
pub struct Merged {
    pub scenario: Scenario,
    /// A figure changed here was also changed there, later, and theirs was kept.
    pub mine_replaced: bool,
}

/// Merges `mine` (edited here) and `theirs` (edited in another tab), both changed from
/// `base`.
pub fn merge(base: &Scenario, mine: &Scenario, theirs: &Scenario, later: Later) -> Merged {
    let (b, m, t) = (document(base), document(mine), document(theirs));
    let mut replaced = false;
    let merged = merge_value(b.as_ref(), m.as_ref(), t.as_ref(), later, &mut replaced);
    match merged.as_ref().map(read_document) {
        Some(Ok(scenario)) => Merged { scenario, mine_replaced: replaced },
        // Not a valid scenario together: the later side whole.
        _ => whole(mine, theirs, later),
    }
}

/// No common version is known (the scenario is new on both sides, or this tab never
/// saw it stored): the later side whole.
pub fn whole(mine: &Scenario, theirs: &Scenario, later: Later) -> Merged {
    match later {
        Later::Mine => Merged { scenario: mine.clone(), mine_replaced: false },
        Later::Theirs => Merged { scenario: theirs.clone(), mine_replaced: mine != theirs },
    }
}

fn document(s: &Scenario) -> Option<Value> {
    json::parse(&scenario_file::write(s)).ok()
}

/// Three-way merge of one member. `None` is a member left out (an optional field not
/// set), which is a value like any other: setting or clearing it is a change.
fn merge_value(base: Option<&Value>, mine: Option<&Value>, theirs: Option<&Value>, later: Later, replaced: &mut bool) -> Option<Value> {
    if mine == theirs || theirs == base {
        return mine.cloned();
    }
    if mine == base {
        return theirs.cloned();
    }
    // Both changed it, differently: look inside if all three have the same shape.
    match (base, mine, theirs) {
        (Some(Value::Object(b)), Some(Value::Object(m)), Some(Value::Object(t))) => {
            let mut names: Vec<&String> = m.iter().map(|(k, _)| k).collect();
            for (k, _) in t.iter().chain(b.iter()) {
                if !names.contains(&k) {
                    names.push(k);
                }
            }
            let merged = names
                .into_iter()
                .filter_map(|name| merge_value(member(b, name), member(m, name), member(t, name), later, replaced).map(|v| (name.clone(), v)))
                .collect();
            Some(Value::Object(merged))
        }
        (Some(Value::Array(b)), Some(Value::Array(m)), Some(Value::Array(t))) if same_items(b, m) && same_items(b, t) => {
            let merged = b
                .iter()
                .zip(m)
                .zip(t)
                .filter_map(|((b, m), t)| merge_value(Some(b), Some(m), Some(t), later, replaced))
                .collect();
            Some(Value::Array(merged))
        }
        // The same figure, changed on both sides.
        _ => match later {
            Later::Mine => mine.cloned(),
            Later::Theirs => {
                *replaced = true;
                theirs.cloned()
            }
        },
    }
}

/// The member `name` of an object's members.
fn member<'a>(members: &'a [(String, Value)], name: &str) -> Option<&'a Value> {
    members.iter().find(|(k, _)| k == name).map(|(_, v)| v)
}

/// Lists whose items can be merged one by one: as many items, and items that are the
/// same things (options keep their `id`). A line or option added or removed on one side
/// makes the list one change.
fn same_items(a: &[Value], b: &[Value]) -> bool {
    a.len() == b.len() && a.iter().zip(b).all(|(x, y)| x.get("id") == y.get("id"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::baseline::BaselineField;
    use crate::model::presets::default_scenario;
    use rust_decimal::Decimal;

    fn with(f: impl FnOnce(&mut Scenario)) -> Scenario {
        let mut s = default_scenario("TWD");
        f(&mut s);
        s
    }

    fn set(field: BaselineField, value: i64) -> impl FnOnce(&mut Scenario) {
        move |s| s.baseline.set(field, Decimal::from(value))
    }

    #[test]
    fn different_figures_changed_in_two_tabs_are_both_kept() {
        let base = default_scenario("TWD");
        let mine = with(set(BaselineField::NewCustomersPerYear, 333));
        let theirs = with(set(BaselineField::Customers, 1111));
        for later in [Later::Mine, Later::Theirs] {
            let m = merge(&base, &mine, &theirs, later);
            assert!(!m.mine_replaced);
            assert_eq!(m.scenario.baseline.get(BaselineField::Customers), Decimal::from(1111));
            assert_eq!(m.scenario.baseline.get(BaselineField::NewCustomersPerYear), Decimal::from(333));
        }
    }

    #[test]
    fn the_same_figure_changed_in_both_keeps_the_later_and_says_whose() {
        let base = default_scenario("TWD");
        let mine = with(set(BaselineField::Customers, 2000));
        let theirs = with(set(BaselineField::Customers, 3000));
        let m = merge(&base, &mine, &theirs, Later::Theirs);
        assert_eq!((m.scenario.baseline.get(BaselineField::Customers), m.mine_replaced), (Decimal::from(3000), true));
        let m = merge(&base, &mine, &theirs, Later::Mine);
        assert_eq!((m.scenario.baseline.get(BaselineField::Customers), m.mine_replaced), (Decimal::from(2000), false));
    }

    #[test]
    fn edits_inside_one_option_and_line_merge_field_by_field() {
        let base = default_scenario("TWD");
        let mine = with(|s| s.options[0].costs[0].label = "Account manager".into());
        let theirs = with(|s| {
            s.options[0].costs[1].label = "Platform".into();
            s.options[2].name = "Data".into();
        });
        let m = merge(&base, &mine, &theirs, Later::Theirs);
        assert!(!m.mine_replaced);
        assert_eq!(m.scenario.options[0].costs[0].label, "Account manager");
        assert_eq!(m.scenario.options[0].costs[1].label, "Platform");
        assert_eq!(m.scenario.options[2].name, "Data");
    }

    #[test]
    fn a_line_added_on_one_side_and_a_figure_on_the_other() {
        let base = default_scenario("TWD");
        let mine = with(|s| {
            let line = s.options[0].costs[0].clone();
            s.options[0].costs.push(line);
        });
        let theirs = with(set(BaselineField::Customers, 1500));
        let m = merge(&base, &mine, &theirs, Later::Theirs);
        assert_eq!(m.scenario.options[0].costs.len(), base.options[0].costs.len() + 1);
        assert_eq!(m.scenario.baseline.get(BaselineField::Customers), Decimal::from(1500));
    }

    #[test]
    fn lines_added_on_both_sides_are_one_change_the_later_wins() {
        let base = default_scenario("TWD");
        let mine = with(|s| {
            s.options[0].costs.pop();
        });
        let theirs = with(|s| {
            let line = s.options[0].costs[0].clone();
            s.options[0].costs.push(line);
        });
        let m = merge(&base, &mine, &theirs, Later::Theirs);
        assert_eq!(m.scenario.options[0].costs, theirs.options[0].costs);
        assert!(m.mine_replaced);
    }

    #[test]
    fn an_option_removed_here_and_renamed_there_is_one_change() {
        let base = default_scenario("TWD");
        let mine = with(|s| {
            s.options.remove(1);
        });
        let theirs = with(|s| s.options[2].name = "Data".into());
        let m = merge(&base, &mine, &theirs, Later::Mine);
        assert_eq!(m.scenario.options, mine.options, "the option list is one change when its items differ");
        assert!(!m.mine_replaced);
    }

    #[test]
    fn a_merge_that_would_not_be_valid_keeps_the_later_side_whole() {
        use crate::model::{Amount, Timing};
        let per_unit = |quantity: i64, unit_cost: i64| {
            with(move |s| {
                s.options[0].costs[0].timing = Timing::Recurring {
                    amount: Amount::PerUnit { quantity: Decimal::from(quantity), unit_cost: Decimal::from(unit_cost) },
                    growth: Decimal::ZERO,
                }
            })
        };
        // Each side alone is valid; together 10^8 × 10^12 is beyond 10^15.
        let (base, mine, theirs) = (per_unit(1, 1), per_unit(100_000_000, 1), per_unit(1, 1_000_000_000_000));
        let m = merge(&base, &mine, &theirs, Later::Theirs);
        assert_eq!(m.scenario, theirs);
        assert!(m.mine_replaced);
        assert_eq!(merge(&base, &mine, &theirs, Later::Mine).scenario, mine);
    }

    #[test]
    fn nothing_changed_on_one_side_gives_the_other() {
        let base = default_scenario("TWD");
        let changed = with(set(BaselineField::Customers, 42));
        assert_eq!(merge(&base, &base, &changed, Later::Mine).scenario, changed);
        assert_eq!(merge(&base, &changed, &base, Later::Theirs).scenario, changed);
        assert!(!merge(&base, &changed, &base, Later::Theirs).mine_replaced);
    }
}
