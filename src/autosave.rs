//! Keeps the visitor's work in localStorage: every change is saved at most 500 ms
//! later, at once when the page is hidden or left, and changes saved by another tab are
//! taken in (the later write wins, and this tab says so; `persist::other_tab`).
//! The glue between the app state and `platform`, which knows nothing of the state.

use crate::persist::envelope::{self, Envelope, ViewState};
use crate::persist::other_tab::{merge, Merge};
use crate::platform::files::now;
use crate::platform::{page_events, store};
use crate::state::{AppState, Notice};
use leptos::prelude::*;
use std::time::Duration;

/// The envelope of what is on screen now.
fn current(state: AppState) -> Envelope {
    let mut workspace = state.workspace.get_untracked();
    workspace.store(&state.scenario.get_untracked(), now());
    Envelope::new(workspace, ViewState { selected: state.selected.get_untracked(), details: state.details.get_untracked() })
}

fn save_now(state: AppState) {
    if state.notices.with_untracked(|n| n.contains(&Notice::StorageUnavailable)) {
        return;
    }
    if !store::save(&current(state)) {
        state.notify(Notice::SaveFailed);
    }
}

/// Another tab saved: take in its scenarios.
fn from_other_tab(state: AppState, text: Option<String>) {
    let Some(Ok(theirs)) = text.map(|t| envelope::read(&t)) else { return };
    let shown = state.scenario.get_untracked();
    let merged = state.workspace.with_untracked(|ours| merge(ours, &shown, theirs.workspace, now()));
    match merged {
        Merge::Same => {}
        Merge::Take(w) => state.workspace.set(w),
        Merge::ChangedHere(w, s) => {
            state.workspace.set(w);
            state.scenario.set(*s);
            state.notify(Notice::ChangedElsewhere);
        }
    }
}

pub fn start(state: AppState) {
    let timer = StoredValue::new(None::<TimeoutHandle>);
    Effect::new(move |_| {
        state.scenario.track();
        state.workspace.track();
        state.selected.track();
        state.details.track();
        if let Some(t) = timer.get_value() {
            t.clear();
        }
        timer.set_value(set_timeout_with_handle(move || save_now(state), Duration::from_millis(500)).ok());
    });
    page_events::on_leave(move || save_now(state));
    page_events::on_stored_elsewhere(envelope::KEY, move |text| from_other_tab(state, text));
}
