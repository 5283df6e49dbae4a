//! Two tabs of the calculator share one localStorage: when another tab saves, this one
//! takes in its scenarios. The later write wins: if the other tab changed the scenario
//! shown here, this tab shows its version (and says so); if it deleted it, this tab
//! keeps editing it and the next save puts it back, so nothing is lost.

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

use super::workspace::Workspace;
use crate::model::Scenario;

/// What to do with a workspace another tab saved.
#[derive(Clone, Debug, PartialEq)]
pub enum Merge {
    /// It holds what this tab holds: nothing to do.
    Same,
    /// Take this workspace; the scenario shown here stays as it is.
    Take(Workspace),
    /// Take this workspace and show this version of the scenario shown here (changed
    /// by the other tab): tell the visitor.
    ChangedHere(Workspace, Box<Scenario>),
}

/// Merges `theirs`, saved by another tab, into this tab's workspace `ours`, whose
/// active scenario is being edited as `shown`. The active scenario stays active.
pub fn merge(ours: &Workspace, shown: &Scenario, mut theirs: Workspace, now: u64) -> Merge {
    let mut mine = ours.clone();
    mine.store(shown, now);
    let same = mine.entries.len() == theirs.entries.len()
        && mine.entries.iter().zip(&theirs.entries).all(|(a, b)| a.key == b.key && a.scenario == b.scenario);
    if same {
        return Merge::Same;
    }
    theirs.active.clone_from(&ours.active);
    match theirs.active_entry().map(|e| e.scenario.clone()) {
        Some(s) if s != *shown => Merge::ChangedHere(theirs, Box::new(s)),
        Some(_) => Merge::Take(theirs),
        // Deleted there: keep it here.
        None => {
            theirs.store(shown, now);
            Merge::Take(theirs)
        }
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

    fn two() -> Workspace {
        let mut w = Workspace::new(named("A"), 1);
        w.add(named("B"), 1);
        w.switch("s1");
        w
    }

    #[test]
    fn nothing_new_is_nothing_to_do() {
        let ours = two();
        assert_eq!(merge(&ours, &named("A"), ours.clone(), 2), Merge::Same);
        // What is edited here counts as ours, even before it is saved.
        let mut theirs = ours.clone();
        theirs.store(&named("A edited"), 9);
        assert_eq!(merge(&ours, &named("A edited"), theirs, 2), Merge::Same);
    }

    #[test]
    fn a_change_to_the_scenario_shown_here_is_shown_and_said() {
        let ours = two();
        let mut theirs = ours.clone();
        theirs.store(&named("A changed there"), 5);
        theirs.switch("s2");
        let Merge::ChangedHere(w, s) = merge(&ours, &named("A"), theirs, 6) else { panic!() };
        assert_eq!(s.name, "A changed there");
        assert_eq!(w.active, "s1", "this tab stays on its own scenario");
    }

    #[test]
    fn a_change_elsewhere_is_taken_in_quietly() {
        let ours = two();
        let mut theirs = ours.clone();
        theirs.switch("s2");
        theirs.store(&named("B changed there"), 5);
        theirs.add(named("C"), 5);
        let Merge::Take(w) = merge(&ours, &named("A"), theirs, 6) else { panic!() };
        assert_eq!(w.active, "s1");
        assert_eq!(w.entries.len(), 3);
        assert_eq!(w.get("s2").unwrap().scenario.name, "B changed there");
    }

    #[test]
    fn the_scenario_shown_here_deleted_there_is_kept() {
        let ours = two();
        let mut theirs = ours.clone();
        theirs.remove("s1");
        let Merge::Take(w) = merge(&ours, &named("A edited"), theirs, 6) else { panic!() };
        assert_eq!(w.active, "s1");
        assert_eq!(w.get("s1").unwrap().scenario.name, "A edited");
        assert_eq!(w.get("s1").unwrap().updated, 6);
    }
}
