//! "Undo" after deleting a saved scenario, an option or a cost or benefit line: what was deleted, where it
//! was, and putting it back exactly, at its place. Restoring says which key or id the
//! restored item has *now* (a scenario or option added meanwhile may have taken the old
//! one), and that is the one to open.

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

use super::workspace::{Entry, Workspace};
use crate::model::edit::{Edit, OptionEdit};
use crate::model::line_edit::RemovedLine;
use crate::model::option_list::RemovedOption;
use crate::model::{Scenario, StrategyOption};

/// A deleted saved scenario.
#[derive(Clone, Debug, PartialEq)]
pub struct DeletedScenario {
    pub index: usize,
    pub entry: Entry,
}

impl DeletedScenario {
    pub fn name(&self) -> &str {
        &self.entry.scenario.name
    }

    /// Stores `current` (the edited active scenario), puts the deleted one back where
    /// it was and makes it active: returns the scenario to edit.
    pub fn restore(self, w: &mut Workspace, current: &Scenario, now: u64) -> Option<Scenario> {
        w.store(current, now);
        let key = w.restore(self.index, self.entry);
        w.switch(&key)
    }
}

/// A deleted option, with the saved scenario it belongs to: undo applies only there.
#[derive(Clone, Debug, PartialEq)]
pub struct DeletedOption {
    /// The workspace key of its scenario.
    pub scenario: String,
    pub index: usize,
    pub option: StrategyOption,
}

impl DeletedOption {
    /// What [`Scenario::remove_option`] took out of the scenario saved under `scenario`.
    pub fn new(scenario: String, removed: RemovedOption) -> Self {
        DeletedOption { scenario, index: removed.index, option: removed.option }
    }

    pub fn name(&self) -> &str {
        &self.option.name
    }

    /// Whether undo applies while the scenario saved under `active` is edited.
    pub fn belongs_to(&self, active: &str) -> bool {
        self.scenario == active
    }

    /// Puts the option back at its place in `s`: returns the id it has now, the one to
    /// show; `None` when `s` is full (keep the record then).
    pub fn restore(&self, s: &mut Scenario) -> Option<String> {
        s.restore_option(self.index, &self.option)
    }

    /// The edit that puts the option back (`model::edit`).
    pub fn restore_edit(&self) -> crate::model::edit::Edit {
        crate::model::edit::Edit::RestoreOption { index: self.index, option: Box::new(self.option.clone()) }
    }
}

/// A removed cost or benefit line, with the saved scenario and option it belongs to:
/// undo applies only while that scenario is edited.
#[derive(Clone, Debug, PartialEq)]
pub struct DeletedLine {
    /// The workspace key of its scenario.
    pub scenario: String,
    /// The id of its option.
    pub option: String,
    pub index: usize,
    pub line: RemovedLine,
}

impl DeletedLine {
    pub fn name(&self) -> &str {
        self.line.label()
    }

    /// Whether undo applies while the scenario saved under `active` is edited.
    pub fn belongs_to(&self, active: &str) -> bool {
        self.scenario == active
    }

    /// The edit that puts the line back whole at its place (`model::edit`).
    pub fn restore_edit(&self) -> Edit {
        Edit::Option {
            id: self.option.clone(),
            edit: OptionEdit::RestoreLine { index: self.index, line: Box::new(self.line.clone()) },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::presets::default_scenario;
    use proptest::prelude::*;

    fn named(name: &str) -> Scenario {
        let mut s = default_scenario("TWD");
        s.name = name.into();
        s
    }

    #[test]
    fn a_deleted_line_is_restored_only_in_its_scenario_and_whole() {
        use crate::model::edit::{apply, Outcome};
        use crate::model::line_edit::LineList;
        let s = named("A");
        let remove = Edit::Option { id: "automated".into(), edit: OptionEdit::RemoveLine { list: LineList::Costs, index: 0 } };
        let removed = apply(&s, &remove).unwrap();
        let Outcome::LineRemoved { index, line } = removed.outcome else { panic!("no undo") };
        let d = DeletedLine { scenario: "s1".into(), option: "automated".into(), index, line: *line };
        assert_eq!(d.name(), s.options[1].costs[0].label);
        assert!(d.belongs_to("s1") && !d.belongs_to("s2"));
        assert_eq!(apply(&removed.scenario, &d.restore_edit()).unwrap().scenario, s);
    }

    #[test]
    fn undo_reopens_the_deleted_scenario_even_when_a_new_one_took_its_key() {
        let mut w = Workspace::new(named("A"), 1);
        w.add(named("Deleted one"), 2);
        let (deleted, shown) = w.remove_active(&named("Deleted one"), 3).unwrap();
        assert_eq!(deleted.entry.key, "s2");
        // "New" takes the free key s2.
        let new_key = w.store_and_add(&shown, named("New one"), 4).unwrap();
        assert_eq!(new_key, "s2");
        let reopened = deleted.restore(&mut w, &named("New one"), 5).unwrap();
        assert_eq!(reopened.name, "Deleted one");
        assert_eq!(w.active_entry().unwrap().scenario.name, "Deleted one");
        assert_ne!(w.active, "s2");
        assert_eq!(w.entries.iter().map(|e| e.scenario.name.as_str()).collect::<Vec<_>>(), ["A", "Deleted one", "New one"]);
    }

    #[test]
    fn undo_reopens_the_deleted_option_even_when_a_new_one_took_its_id() {
        let mut s = default_scenario("TWD");
        s.add_custom_option("Deleted one".into());
        let deleted = DeletedOption::new("s1".into(), s.remove_option("custom").unwrap());
        assert!(deleted.belongs_to("s1") && !deleted.belongs_to("s2"));
        s.add_custom_option("New one".into());
        let id = deleted.restore(&mut s).unwrap();
        assert_eq!(id, "custom-2");
        assert_eq!(s.options.iter().find(|o| o.id == id).unwrap().name, "Deleted one");
    }

    #[test]
    fn a_full_scenario_gives_the_deleted_option_back() {
        let mut s = default_scenario("TWD");
        let deleted = DeletedOption::new("s1".into(), s.remove_option("automated").unwrap());
        while s.add_custom_option("x".into()).is_some() {}
        assert_eq!(deleted.restore(&mut s), None);
        assert_eq!(s.options.len(), crate::model::validation::MAX_OPTIONS);
    }

    proptest! {
        /// Deleting any saved scenario, adding any number of new ones, then undoing
        /// restores exactly the deleted scenario, at its place, and opens it.
        #[test]
        fn undo_restores_the_exact_scenario(count in 2usize..6, pick in 0usize..6, added in 0usize..4) {
            let mut w = Workspace::new(named("0"), 0);
            for i in 1..count {
                w.add(named(&i.to_string()), 0);
            }
            let key = w.entries[pick % count].key.clone();
            let current = w.open(&named(&(count - 1).to_string()), &key, 1).unwrap();
            let before = w.clone();
            let (deleted, mut shown) = w.remove_active(&current, 2).unwrap();
            for i in 0..added {
                w.store_and_add(&shown, named(&format!("new {i}")), 3).unwrap();
                shown = w.active_entry().unwrap().scenario.clone();
            }
            let index = deleted.index;
            let reopened = deleted.restore(&mut w, &shown, 4).unwrap();
            prop_assert_eq!(&reopened, &current);
            prop_assert_eq!(&w.entries[index].scenario, &current);
            prop_assert_eq!(&w.active, &w.entries[index].key);
            // Everything else is as it was, plus the new scenarios.
            let others: Vec<_> = before.entries.iter().map(|e| &e.scenario).collect();
            let now: Vec<_> = w.entries.iter().take(count).map(|e| &e.scenario).collect();
            prop_assert_eq!(others, now);
            let keys: std::collections::HashSet<_> = w.entries.iter().map(|e| &e.key).collect();
            prop_assert_eq!(keys.len(), w.entries.len());
        }
    }
}
