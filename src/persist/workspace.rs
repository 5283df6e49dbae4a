//! The visitor's saved scenarios: list, create, rename, duplicate, delete (with undo),
//! switch. The scenario being edited lives in the app state; the workspace holds every
//! saved one, including a copy of the active one that [`Workspace::store`] refreshes.

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

use super::undo::DeletedScenario;
use crate::model::Scenario;
use serde::{Deserialize, Serialize};

/// At most this many saved scenarios: localStorage holds about 5 MB per site.
pub const MAX_SCENARIOS: usize = 50;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Entry {
    /// Stable key of the saved scenario (not shown), `s1`, `s2`, …
    pub key: String,
    pub scenario: Scenario,
    /// When it was last changed, ms since the epoch (for "later write wins").
    #[serde(default)]
    pub updated: u64,
}

/// What became of a scenario that arrived ([`Workspace::take_in`]); each is the key of
/// the saved scenario now active, but for `Full`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Arrival {
    Added(String),
    /// The same figures were saved already, under this key.
    AlreadySaved(String),
    /// No room: the 50 saved scenarios are all taken; nothing changed.
    Full,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Workspace {
    pub active: String,
    pub entries: Vec<Entry>,
}

impl Workspace {
    /// A workspace holding one scenario, active.
    pub fn new(scenario: Scenario, now: u64) -> Self {
        let key = "s1".to_owned();
        Workspace { active: key.clone(), entries: vec![Entry { key, scenario, updated: now }] }
    }

    fn fresh_key(&self) -> String {
        (1..).map(|n| format!("s{n}")).find(|k| self.entries.iter().all(|e| e.key != *k)).unwrap_or_default()
    }

    pub fn get(&self, key: &str) -> Option<&Entry> {
        self.entries.iter().find(|e| e.key == key)
    }

    pub fn active_entry(&self) -> Option<&Entry> {
        self.get(&self.active)
    }

    pub fn is_full(&self) -> bool {
        self.entries.len() >= MAX_SCENARIOS
    }

    /// Stores the edited copy of the active scenario.
    pub fn store(&mut self, scenario: &Scenario, now: u64) {
        let active = self.active.clone();
        match self.entries.iter_mut().find(|e| e.key == active) {
            Some(e) if e.scenario != *scenario => {
                e.scenario = scenario.clone();
                e.updated = now;
            }
            Some(_) => {}
            None => self.entries.push(Entry { key: active, scenario: scenario.clone(), updated: now }),
        }
    }

    /// Adds a scenario (never replacing one) and makes it active; `None` when full.
    pub fn add(&mut self, scenario: Scenario, now: u64) -> Option<String> {
        if self.is_full() {
            return None;
        }
        let key = self.fresh_key();
        self.entries.push(Entry { key: key.clone(), scenario, updated: now });
        self.active = key.clone();
        Some(key)
    }

    /// Takes in a scenario that arrived (a share link, an imported file): added and made
    /// active, unless a saved scenario already holds the same figures (names aside),
    /// which is made active instead, so opening one link twice does not pile up copies.
    pub fn take_in(&mut self, scenario: Scenario, now: u64) -> Arrival {
        let same = |e: &&Entry| Scenario { name: String::new(), ..e.scenario.clone() } == Scenario { name: String::new(), ..scenario.clone() };
        if let Some(key) = self.entries.iter().find(same).map(|e| e.key.clone()) {
            self.active.clone_from(&key);
            return Arrival::AlreadySaved(key);
        }
        match self.add(scenario, now) {
            Some(key) => Arrival::Added(key),
            None => Arrival::Full,
        }
    }

    /// Makes `key` active and returns its scenario to edit.
    pub fn switch(&mut self, key: &str) -> Option<Scenario> {
        let scenario = self.get(key)?.scenario.clone();
        self.active = key.to_owned();
        Some(scenario)
    }

    /// Switching scenarios: stores `current` (the edited copy of the active one), then
    /// makes `key` active and returns its scenario to edit.
    pub fn open(&mut self, current: &Scenario, key: &str, now: u64) -> Option<Scenario> {
        self.store(current, now);
        self.switch(key)
    }

    /// Stores `current`, then adds `scenario` as a new saved scenario (never replacing
    /// one) and makes it active; `None` when full.
    pub fn store_and_add(&mut self, current: &Scenario, scenario: Scenario, now: u64) -> Option<String> {
        self.store(current, now);
        self.add(scenario, now)
    }

    /// Stores `current`, then deletes the active scenario: returns what undo needs and
    /// the scenario now active, to edit. The last scenario cannot be deleted.
    pub fn remove_active(&mut self, current: &Scenario, now: u64) -> Option<(DeletedScenario, Scenario)> {
        self.store(current, now);
        let active = self.active.clone();
        let (index, entry) = self.remove(&active)?;
        let next = self.active_entry()?.scenario.clone();
        Some((DeletedScenario { index, entry }, next))
    }

    pub fn rename(&mut self, key: &str, name: &str, now: u64) {
        if let Some(e) = self.entries.iter_mut().find(|e| e.key == key) {
            e.scenario.name = name.to_owned();
            e.updated = now;
        }
    }

    /// Removes `key`; returns where it was and what it was, for undo. The last scenario
    /// cannot be removed. If it was active, the next one becomes active.
    pub fn remove(&mut self, key: &str) -> Option<(usize, Entry)> {
        if self.entries.len() <= 1 {
            return None;
        }
        let index = self.entries.iter().position(|e| e.key == key)?;
        let entry = self.entries.remove(index);
        if self.active == key {
            let next = index.min(self.entries.len().saturating_sub(1));
            self.active = self.entries.get(next).map(|e| e.key.clone()).unwrap_or_default();
        }
        Some((index, entry))
    }

    /// Puts a removed scenario back where it was, under a fresh key if a scenario added
    /// meanwhile took its key; returns the key it has now.
    pub fn restore(&mut self, index: usize, mut entry: Entry) -> String {
        if self.get(&entry.key).is_some() {
            entry.key = self.fresh_key();
        }
        let key = entry.key.clone();
        let at = index.min(self.entries.len());
        self.entries.insert(at, entry);
        key
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::presets::default_scenario;

    fn named(name: &str) -> Scenario {
        let mut s = default_scenario("TWD");
        s.name = name.into();
        s
    }

    #[test]
    fn add_switch_rename_remove_and_restore() {
        let mut w = Workspace::new(named("A"), 1);
        let b = w.add(named("B"), 2).unwrap();
        assert_eq!(w.active, b);
        assert_eq!(w.switch("s1").unwrap().name, "A");
        w.rename(&b, "B2", 3);
        assert_eq!(w.get(&b).unwrap().scenario.name, "B2");
        let (i, e) = w.remove("s1").unwrap();
        assert_eq!(w.active, b, "the next scenario becomes active");
        assert_eq!(w.entries.len(), 1);
        assert!(w.remove(&b).is_none(), "the last scenario stays");
        assert_eq!(w.restore(i, e), "s1");
        assert_eq!(w.entries.iter().map(|e| e.scenario.name.as_str()).collect::<Vec<_>>(), ["A", "B2"]);
    }

    /// Issue 21, item 5: the same link opened twice reaches the copy saved the first
    /// time (whatever its name now), instead of adding another.
    #[test]
    fn a_scenario_that_arrives_twice_is_saved_once() {
        let mut w = Workspace::new(named("A"), 1);
        let mut link = default_scenario("USD");
        link.name = "From a link, 4 Dec 2026".into();
        let Arrival::Added(key) = w.take_in(link.clone(), 2) else { panic!() };
        w.switch("s1");
        let mut again = link.clone();
        again.name = "From a link, 5 Dec 2026".into();
        assert_eq!(w.take_in(again, 3), Arrival::AlreadySaved(key.clone()));
        assert_eq!((w.entries.len(), w.active.as_str()), (2, key.as_str()));
        // Other figures: a scenario of its own.
        let mut other = link;
        other.horizon_years = 5;
        assert!(matches!(w.take_in(other, 4), Arrival::Added(_)));
        assert_eq!(w.entries.len(), 3);
        while !w.is_full() {
            w.add(named("more"), 5);
        }
        let mut new = default_scenario("JPY");
        new.horizon_years = 7;
        let active = w.active.clone();
        assert_eq!(w.take_in(new, 6), Arrival::Full);
        assert_eq!(w.active, active, "nothing changes when full");
    }

    #[test]
    fn store_updates_only_on_change_and_adding_never_overwrites() {
        let mut w = Workspace::new(named("A"), 1);
        w.store(&named("A"), 5);
        assert_eq!(w.entries[0].updated, 1);
        w.store(&named("A edited"), 6);
        assert_eq!(w.entries[0].updated, 6);
        let key = w.add(named("A"), 7).unwrap();
        assert_ne!(key, "s1");
        assert_eq!(w.entries.len(), 2);
    }

    #[test]
    fn open_and_add_store_the_edited_scenario_first() {
        let mut w = Workspace::new(named("A"), 1);
        let b = w.store_and_add(&named("A edited"), named("B"), 2).unwrap();
        assert_eq!((w.active.as_str(), w.get("s1").unwrap().scenario.name.as_str()), (b.as_str(), "A edited"));
        let a = w.open(&named("B edited"), "s1", 3).unwrap();
        assert_eq!(a.name, "A edited");
        assert_eq!((w.active.as_str(), w.get(&b).unwrap().scenario.name.as_str()), ("s1", "B edited"));
        assert_eq!(w.open(&a, "nope", 4), None);
        assert_eq!(w.active, "s1", "an unknown key changes nothing");
    }

    #[test]
    fn remove_active_gives_the_next_scenario_and_what_undo_needs() {
        let mut w = Workspace::new(named("A"), 1);
        w.add(named("B"), 2);
        let (deleted, next) = w.remove_active(&named("B edited"), 3).unwrap();
        assert_eq!((deleted.index, deleted.entry.scenario.name.as_str()), (1, "B edited"));
        assert_eq!((next.name.as_str(), w.active.as_str()), ("A", "s1"));
        assert!(w.remove_active(&next, 4).is_none(), "the last scenario stays");
    }

    #[test]
    fn full_workspace_refuses_more() {
        let mut w = Workspace::new(named("0"), 0);
        for i in 1..MAX_SCENARIOS {
            assert!(w.add(named(&i.to_string()), 0).is_some());
        }
        assert!(w.add(named("too many"), 0).is_none());
    }
}
