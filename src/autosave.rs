//! Keeps the visitor's work in localStorage: every change is saved at most 500 ms
//! later, at once when the page is hidden or left, and changes saved by another tab are
//! merged in (`persist::other_tab`: both tabs' edits are kept, the later one where
//! they changed the same figure, and this tab says so).
//! The glue between the app state and `platform`, which knows nothing of the state.

use crate::persist::envelope::{self, Envelope, ViewState};
use crate::persist::other_tab::{merge, Here, Merge, Said};
use crate::persist::workspace::Workspace;
use crate::platform::files::now;
use crate::platform::{page_events, store};
use crate::state::{AppState, Notice};
use leptos::prelude::*;
use std::time::Duration;

/// The envelope of what is on screen now.
fn current(state: AppState) -> Envelope {
    let mut workspace = state.workspace.get_untracked();
    workspace.store(&state.scenario.get_untracked(), state.edited_at.get_value());
    Envelope::new(workspace, ViewState { selected: state.selected.get_untracked(), details: state.details.get_untracked() })
}

/// Says on the page whether what is shown is saved: `<html data-saved="pending">` from
/// a change until it is written, then `"yes"` (or `"no"` when it could not be). Nothing
/// shows it; the browser tests wait for it instead of for a time.
fn mark(saved: &str) {
    if let Some(root) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element()) {
        let _ = root.set_attribute("data-saved", saved);
    }
}

/// `stored`: the workspace as this tab last wrote or read it, the version a merge with
/// another tab's save starts from.
fn save_now(state: AppState, stored: StoredValue<Workspace>) {
    if state.notices.with_untracked(|n| n.contains(&Notice::StorageUnavailable)) {
        mark("no");
        return;
    }
    let envelope = current(state);
    if store::save(&envelope) {
        stored.set_value(envelope.workspace);
        mark("yes");
    } else {
        mark("no");
        state.notify(Notice::SaveFailed);
    }
}

/// Another tab saved: merge its scenarios with this tab's.
fn from_other_tab(state: AppState, stored: StoredValue<Workspace>, text: Option<String>) {
    let Some(Ok(theirs)) = text.map(|t| envelope::read(&t)) else { return };
    let shown = state.scenario.get_untracked();
    let key = state.workspace.with_untracked(|w| w.active.clone());
    let base = stored.with_value(|w| w.get(&key).map(|e| e.scenario.clone()));
    let edited_at = state.edited_at.get_value();
    let merged = state.workspace.with_untracked(|ours| {
        merge(&Here { workspace: ours, shown: &shown, base: base.as_ref(), edited_at }, theirs.workspace.clone(), now())
    });
    stored.set_value(theirs.workspace);
    match merged {
        Merge::Same => {}
        Merge::Take(w) => state.workspace.set(w),
        Merge::ChangedHere { workspace, scenario, said } => {
            let updated = workspace.active_entry().map_or(0, |e| e.updated);
            state.workspace.set(workspace);
            state.scenario.set(*scenario);
            // What is shown now holds their edit too: saved with the later time.
            state.edited_at.set_value(edited_at.max(updated));
            state.notify(match said {
                Said::Changed => Notice::ChangedElsewhere,
                Said::Replaced => Notice::ReplacedElsewhere,
            });
        }
    }
}

pub fn start(state: AppState) {
    let stored = StoredValue::new(state.workspace.get_untracked());
    let timer = StoredValue::new(None::<TimeoutHandle>);
    Effect::new(move |_| {
        state.scenario.track();
        state.workspace.track();
        state.selected.track();
        state.details.track();
        if let Some(t) = timer.get_value() {
            t.clear();
        }
        mark("pending");
        timer.set_value(set_timeout_with_handle(move || save_now(state, stored), Duration::from_millis(500)).ok());
    });
    page_events::on_leave(move || save_now(state, stored));
    page_events::on_stored_elsewhere(envelope::KEY, move |text| from_other_tab(state, stored, text));
}
