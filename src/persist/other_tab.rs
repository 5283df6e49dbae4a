//! Two tabs of the calculator share one localStorage: when another tab saves, this one
//! takes in its scenarios. The scenario shown here may hold edits not saved yet (saving
//! waits 500 ms), so it is merged with the other tab's copy against the version both
//! last saw ([`three_way`]): different figures changed in the two tabs are both kept;
//! the same figure changed in both keeps the later edit, and the tab whose edit gave
//! way says so. If the other tab deleted the scenario shown here, this tab keeps
//! editing it and the next save puts it back, so nothing is lost.

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

use super::three_way::{self, Later};
use super::workspace::Workspace;
use crate::model::Scenario;

/// What to do with a workspace another tab saved.
#[derive(Clone, Debug, PartialEq)]
pub enum Merge {
    /// It holds what this tab holds: nothing to do.
    Same,
    /// Take this workspace; the scenario shown here stays as it is.
    Take(Workspace),
    /// Take this workspace and show this scenario: the one shown here with the other
    /// tab's changes merged in. Tell the visitor.
    ChangedHere { workspace: Workspace, scenario: Box<Scenario>, said: Said },
}

/// What the visitor is told when the scenario shown here changes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Said {
    /// The other tab changed it; what was typed here is all kept.
    Changed,
    /// A figure changed here was changed later in the other tab; theirs is shown.
    Replaced,
}

/// This tab's side of a merge.
pub struct Here<'a> {
    /// The workspace as this tab holds it; its active scenario is the one shown.
    pub workspace: &'a Workspace,
    /// The scenario shown, with the edits not saved yet.
    pub shown: &'a Scenario,
    /// The scenario shown as it was when this tab last saved it or took it from
    /// storage: the version the two tabs share. `None` if it never was in storage.
    pub base: Option<&'a Scenario>,
    /// When the scenario shown was last edited (ms since the epoch), compared with the
    /// other tab's entry's `updated` to tell which edit of one figure is the later.
    pub edited_at: u64,
}

/// Merges `theirs`, saved by another tab, into this tab's workspace. The active
/// scenario stays active.
pub fn merge(here: &Here, mut theirs: Workspace, now: u64) -> Merge {
    let mut mine = here.workspace.clone();
    mine.store(here.shown, here.edited_at);
    let same = mine.entries.len() == theirs.entries.len()
        && mine.entries.iter().zip(&theirs.entries).all(|(a, b)| a.key == b.key && a.scenario == b.scenario);
    if same {
        return Merge::Same;
    }
    theirs.active.clone_from(&here.workspace.active);
    let Some(entry) = theirs.active_entry().cloned() else {
        // Deleted there: keep it here.
        theirs.store(here.shown, now);
        return Merge::Take(theirs);
    };
    if entry.scenario == *here.shown {
        return Merge::Take(theirs);
    }
    let later = if here.edited_at > entry.updated { Later::Mine } else { Later::Theirs };
    let merged = match here.base {
        Some(base) => three_way::merge(base, here.shown, &entry.scenario, later),
        None => three_way::whole(here.shown, &entry.scenario, later),
    };
    if merged.scenario == *here.shown {
        return Merge::Take(theirs);
    }
    let said = if merged.mine_replaced { Said::Replaced } else { Said::Changed };
    Merge::ChangedHere { workspace: theirs, scenario: Box::new(merged.scenario), said }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::baseline::BaselineField;
    use crate::model::presets::default_scenario;
    use rust_decimal::Decimal;

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

    fn here<'a>(w: &'a Workspace, shown: &'a Scenario, edited_at: u64) -> Here<'a> {
        Here { workspace: w, shown, base: w.active_entry().map(|e| &e.scenario), edited_at }
    }

    fn customers(s: &Scenario) -> Decimal {
        s.baseline.get(BaselineField::Customers)
    }

    #[test]
    fn nothing_new_is_nothing_to_do() {
        let ours = two();
        assert_eq!(merge(&here(&ours, &named("A"), 1), ours.clone(), 2), Merge::Same);
        // What is edited here counts as ours, even before it is saved.
        let mut theirs = ours.clone();
        theirs.store(&named("A edited"), 9);
        assert_eq!(merge(&here(&ours, &named("A edited"), 9), theirs, 2), Merge::Same);
    }

    /// Defect 6 of issue 15: the other tab saved while this one had typed a figure not
    /// saved yet. Its copy of this scenario is the old one, unchanged there: this tab's
    /// figure stays and nothing is said (it was replaced, with a false notice).
    #[test]
    fn what_was_typed_here_and_not_saved_yet_is_kept_when_the_other_tab_saves() {
        let ours = two();
        let mut typed = named("A");
        typed.baseline.set(BaselineField::Customers, Decimal::from(1111));
        let mut theirs = ours.clone();
        theirs.switch("s2");
        theirs.store(&named("B changed there"), 5);
        let Merge::Take(w) = merge(&here(&ours, &typed, 4), theirs, 6) else { panic!("typed figure thrown away") };
        assert_eq!(w.get("s2").unwrap().scenario.name, "B changed there");
        assert_eq!(w.active, "s1");
    }

    /// Issue 21, 3a: tab A typed 1111 customers and saved; tab B had typed 333 new
    /// customers, not saved yet. B keeps both, and says the scenario changed.
    #[test]
    fn two_tabs_editing_different_figures_keep_both() {
        let ours = two();
        let mut b_typed = named("A");
        b_typed.baseline.set(BaselineField::NewCustomersPerYear, Decimal::from(333));
        let mut a_saved = named("A");
        a_saved.baseline.set(BaselineField::Customers, Decimal::from(1111));
        let mut theirs = ours.clone();
        theirs.store(&a_saved, 100);
        let Merge::ChangedHere { scenario, said, workspace } = merge(&here(&ours, &b_typed, 150), theirs, 600) else { panic!() };
        assert_eq!((customers(&scenario), scenario.baseline.get(BaselineField::NewCustomersPerYear)), (Decimal::from(1111), Decimal::from(333)));
        assert_eq!(said, Said::Changed);
        assert_eq!(workspace.active, "s1");
    }

    #[test]
    fn the_same_figure_in_both_keeps_the_later_edit_and_the_earlier_tab_says_so() {
        let ours = two();
        let mut mine = named("A");
        mine.baseline.set(BaselineField::Customers, Decimal::from(2000));
        let mut saved_there = named("A");
        saved_there.baseline.set(BaselineField::Customers, Decimal::from(3000));
        let mut theirs = ours.clone();
        theirs.store(&saved_there, 100);
        // Their edit is the later one: theirs shown, and this tab says its figure gave way.
        let Merge::ChangedHere { scenario, said, .. } = merge(&here(&ours, &mine, 90), theirs.clone(), 600) else { panic!() };
        assert_eq!((customers(&scenario), said), (Decimal::from(3000), Said::Replaced));
        // This tab's edit is the later one: it stays, nothing to say here (the other
        // tab takes it in at the next save and says so there).
        assert!(matches!(merge(&here(&ours, &mine, 110), theirs, 600), Merge::Take(_)));
    }

    #[test]
    fn a_change_elsewhere_is_taken_in_quietly() {
        let ours = two();
        let mut theirs = ours.clone();
        theirs.switch("s2");
        theirs.store(&named("B changed there"), 5);
        theirs.add(named("C"), 5);
        let Merge::Take(w) = merge(&here(&ours, &named("A"), 1), theirs, 6) else { panic!() };
        assert_eq!(w.active, "s1");
        assert_eq!(w.entries.len(), 3);
        assert_eq!(w.get("s2").unwrap().scenario.name, "B changed there");
    }

    #[test]
    fn the_scenario_shown_here_deleted_there_is_kept() {
        let ours = two();
        let mut theirs = ours.clone();
        theirs.remove("s1");
        let Merge::Take(w) = merge(&here(&ours, &named("A edited"), 3), theirs, 6) else { panic!() };
        assert_eq!(w.active, "s1");
        assert_eq!(w.get("s1").unwrap().scenario.name, "A edited");
        assert_eq!(w.get("s1").unwrap().updated, 6);
    }

    #[test]
    fn with_no_shared_version_the_later_side_is_taken_whole() {
        let ours = two();
        let mut theirs = ours.clone();
        theirs.store(&named("A there"), 50);
        let unsaved = Here { workspace: &ours, shown: &named("A here"), base: None, edited_at: 40 };
        let Merge::ChangedHere { scenario, said, .. } = merge(&unsaved, theirs.clone(), 60) else { panic!() };
        assert_eq!((scenario.name.as_str(), said), ("A there", Said::Replaced));
        let unsaved = Here { edited_at: 55, ..unsaved };
        assert!(matches!(merge(&unsaved, theirs, 60), Merge::Take(_)));
    }
}
