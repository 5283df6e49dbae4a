//! The options of a scenario as the tabs edit them: add a custom option, duplicate
//! one, remove one and put it back, each keeping the ids unique and valid
//! ([`super::validation::is_valid_id`]) and the list within 1..=[`MAX_OPTIONS`].

use super::presets::preset_option;
use super::scenario::Scenario;
use super::strategy_option::{OptionKind, StrategyOption};
use super::validation::MAX_OPTIONS;

/// A fresh option id made from `base`: `base` itself (lower-cased, anything but
/// `a-z 0-9 - _` turned into `-`, `option` if empty), or `base-2`, `base-3`, …,
/// whichever is free.
pub fn unique_id(base: &str, taken: &[String]) -> String {
    let clean: String = base
        .chars()
        .map(|c| c.to_ascii_lowercase())
        .map(|c| if c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_' { c } else { '-' })
        .collect();
    let clean = if clean.is_empty() { "option".to_owned() } else { clean };
    if !taken.contains(&clean) {
        return clean;
    }
    // Of `taken.len() + 1` candidates at least one is free.
    (2..=taken.len().saturating_add(2))
        .map(|n| format!("{clean}-{n}"))
        .find(|id| !taken.contains(id))
        .unwrap_or(clean)
}

/// An option taken out of a scenario: where it was, and the option to show instead.
#[derive(Clone, Debug, PartialEq)]
pub struct RemovedOption {
    pub index: usize,
    pub option: StrategyOption,
    /// The option now in its place (or the last one), to show next.
    pub next: String,
}

impl Scenario {
    pub fn option_ids(&self) -> Vec<String> {
        self.options.iter().map(|o| o.id.clone()).collect()
    }

    /// The id of the first option ("" if there is none), shown when a scenario opens.
    pub fn first_option_id(&self) -> String {
        self.options.first().map(|o| o.id.clone()).unwrap_or_default()
    }

    pub fn is_full(&self) -> bool {
        self.options.len() >= MAX_OPTIONS
    }

    /// Adds a blank custom option called `name` at the end; returns its id, `None` when
    /// the scenario already has [`MAX_OPTIONS`].
    pub fn add_custom_option(&mut self, name: String) -> Option<String> {
        if self.is_full() {
            return None;
        }
        let id = unique_id("custom", &self.option_ids());
        let currency = self.currency.clone();
        self.options.push(StrategyOption { name, ..preset_option(OptionKind::Custom, &id, &currency) });
        Some(id)
    }

    /// Adds a copy of option `id` right after it, named by `copy_name(original name)`;
    /// returns the copy's id (`<id>-copy`, `<id>-copy-2`, …).
    pub fn duplicate_option(&mut self, id: &str, copy_name: impl FnOnce(&str) -> String) -> Option<String> {
        if self.is_full() {
            return None;
        }
        let index = self.options.iter().position(|o| o.id == id)?;
        let original = self.options.get(index)?;
        let copy = StrategyOption {
            id: unique_id(&format!("{id}-copy"), &self.option_ids()),
            name: copy_name(&original.name),
            ..original.clone()
        };
        let new_id = copy.id.clone();
        self.options.insert(index.saturating_add(1), copy);
        Some(new_id)
    }

    /// Takes option `id` out, for undo; the last option stays.
    pub fn remove_option(&mut self, id: &str) -> Option<RemovedOption> {
        if self.options.len() <= 1 {
            return None;
        }
        let index = self.options.iter().position(|o| o.id == id)?;
        let option = self.options.remove(index);
        let next = self.options.get(index).or(self.options.last()).map(|o| o.id.clone()).unwrap_or_default();
        Some(RemovedOption { index, option, next })
    }

    /// Puts a copy of a removed option back at `index` (or the end). If another option
    /// has taken its id meanwhile, it gets a fresh one. Returns the id it has now, the
    /// one to show; `None` when the scenario is full.
    pub fn restore_option(&mut self, index: usize, option: &StrategyOption) -> Option<String> {
        if self.is_full() {
            return None;
        }
        let taken = self.option_ids();
        let id = if taken.contains(&option.id) { unique_id(&option.id, &taken) } else { option.id.clone() };
        self.options.insert(index.min(self.options.len()), StrategyOption { id: id.clone(), ..option.clone() });
        Some(id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::presets::default_scenario;
    use crate::model::validation::{is_valid_id, validate};
    use proptest::prelude::*;

    fn ids(s: &Scenario) -> Vec<String> {
        s.option_ids()
    }

    #[test]
    fn unique_ids_are_valid_and_free() {
        let taken: Vec<String> = ["custom", "custom-2"].map(String::from).to_vec();
        assert_eq!(unique_id("custom", &taken), "custom-3");
        assert_eq!(unique_id("new", &taken), "new");
        assert_eq!(unique_id("Data Driven!", &[]), "data-driven-");
        assert_eq!(unique_id("", &[]), "option");
        assert_eq!(unique_id("客戶", &[]), "--");
        assert!(is_valid_id(&unique_id("ÄÖ x_y", &taken)));
    }

    #[test]
    fn add_duplicate_remove_and_restore() {
        let mut s = default_scenario("TWD");
        assert_eq!(s.add_custom_option("Mine".into()), Some("custom".into()));
        assert_eq!(s.options[3].name, "Mine");
        assert_eq!(s.options[3].kind, OptionKind::Custom);
        let copy = s.duplicate_option("automated", |name| format!("{name} (copy)")).unwrap();
        assert_eq!(copy, "automated-copy");
        assert_eq!(ids(&s), ["personalised", "automated", "automated-copy", "data_driven", "custom"]);
        assert_eq!(s.options[2].name, "Automated service (copy)");
        assert_eq!(s.options[2].costs, s.options[1].costs);
        assert_eq!(s.duplicate_option("automated", str::to_owned), Some("automated-copy-2".into()));
        assert_eq!(s.duplicate_option("nope", str::to_owned), None);

        let removed = s.remove_option("automated").unwrap();
        assert_eq!((removed.index, removed.next.as_str()), (1, "automated-copy-2"));
        assert_eq!(s.restore_option(removed.index, &removed.option), Some("automated".into()));
        assert_eq!(s.options[1].id, "automated");
        assert_eq!(s.remove_option("nope"), None);
        // Removing the last option leaves the one before it to show.
        assert_eq!(s.remove_option("custom").unwrap().next, "data_driven");
        assert!(validate(&s).is_ok());
    }

    #[test]
    fn a_restored_option_whose_id_was_taken_gets_a_fresh_one_and_says_which() {
        let mut s = default_scenario("TWD");
        s.add_custom_option("Deleted one".into());
        let removed = s.remove_option("custom").unwrap();
        // A new option takes the free id "custom".
        assert_eq!(s.add_custom_option("New one".into()), Some("custom".into()));
        let id = s.restore_option(removed.index, &removed.option).unwrap();
        assert_eq!(id, "custom-2");
        let shown = s.options.iter().find(|o| o.id == id).unwrap();
        assert_eq!(shown.name, "Deleted one");
        assert!(validate(&s).is_ok());
    }

    #[test]
    fn never_more_than_eight_never_fewer_than_one() {
        let mut s = default_scenario("TWD");
        while s.add_custom_option("x".into()).is_some() {}
        assert_eq!(s.options.len(), MAX_OPTIONS);
        assert_eq!(s.duplicate_option("personalised", str::to_owned), None);
        let removed = s.remove_option("personalised").unwrap();
        s.add_custom_option("x".into());
        assert_eq!(s.restore_option(removed.index, &removed.option), None);
        assert_eq!(s.options.len(), MAX_OPTIONS);
        while s.options.len() > 1 {
            let id = s.first_option_id();
            s.remove_option(&id).unwrap();
        }
        assert_eq!(s.remove_option(&s.first_option_id()), None);
    }

    #[derive(Clone, Debug)]
    enum Op {
        Add,
        Duplicate(usize),
        Remove(usize),
        Undo,
    }

    fn op() -> impl Strategy<Value = Op> {
        prop_oneof![
            Just(Op::Add),
            (0usize..10).prop_map(Op::Duplicate),
            (0usize..10).prop_map(Op::Remove),
            Just(Op::Undo),
        ]
    }

    proptest! {
        /// Whatever the tabs do, ids stay unique and valid, the count stays in
        /// 1..=8, the scenario stays valid, and an undo brings back exactly what was
        /// removed under the id it returns.
        #[test]
        fn ids_stay_unique_and_valid(ops in proptest::collection::vec(op(), 0..60)) {
            let mut s = default_scenario("TWD");
            let mut undo: Option<RemovedOption> = None;
            for op in ops {
                let pick = |i: usize, s: &Scenario| s.options[i % s.options.len()].id.clone();
                match op {
                    Op::Add => { s.add_custom_option("x".into()); }
                    Op::Duplicate(i) => { let id = pick(i, &s); s.duplicate_option(&id, str::to_owned); }
                    Op::Remove(i) => {
                        let id = pick(i, &s);
                        if let Some(r) = s.remove_option(&id) {
                            prop_assert!(s.options.iter().any(|o| o.id == r.next));
                            undo = Some(r);
                        }
                    }
                    Op::Undo => if let Some(r) = undo.take() {
                        let full = s.is_full();
                        match s.restore_option(r.index, &r.option) {
                            Some(id) => {
                                let back = s.options.iter().find(|o| o.id == id).unwrap();
                                prop_assert_eq!(&StrategyOption { id: r.option.id.clone(), ..back.clone() }, &r.option);
                            }
                            None => prop_assert!(full),
                        }
                    },
                }
                prop_assert!((1..=MAX_OPTIONS).contains(&s.options.len()));
                prop_assert!(s.options.iter().all(|o| is_valid_id(&o.id)));
                prop_assert!(validate(&s).is_ok(), "{:?}", validate(&s));
            }
        }
    }
}
