//! Keeps the visitor's work in localStorage: every change is saved at most 500 ms
//! later, at once when the page is hidden or left, and changes saved by another tab are
//! taken in (the later write wins, and this tab says so).

use super::files::now;
use super::store;
use crate::persist::envelope::{self, Envelope, ViewState};
use crate::state::{AppState, Notice};
use leptos::prelude::*;
use std::time::Duration;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// The envelope of what is on screen now.
fn current(state: AppState) -> Envelope {
    let mut workspace = state.workspace.get_untracked();
    workspace.store(&state.scenario.get_untracked(), now());
    Envelope::new(workspace, ViewState { selected: state.selected.get_untracked(), details: state.details.get_untracked() })
}

fn storage_off(state: AppState) -> bool {
    state.notices.with_untracked(|n| n.contains(&Notice::StorageUnavailable))
}

pub fn save_now(state: AppState) {
    if storage_off(state) {
        return;
    }
    if !store::save(&current(state)) {
        state.notify(Notice::SaveFailed);
    }
}

/// Another tab saved: take in its scenarios. If it changed the scenario shown here,
/// show its version (the later write wins) and say so.
fn from_other_tab(state: AppState, text: Option<String>) {
    let Some(Ok(theirs)) = text.map(|t| crate::persist::envelope::read(&t)) else { return };
    let ours = current(state);
    let same = |a: &Envelope, b: &Envelope| {
        a.workspace.entries.len() == b.workspace.entries.len()
            && a.workspace.entries.iter().zip(&b.workspace.entries).all(|(x, y)| x.key == y.key && x.scenario == y.scenario)
    };
    if same(&ours, &theirs) {
        return;
    }
    let active = state.workspace.with_untracked(|w| w.active.clone());
    let mut workspace = theirs.workspace;
    let changed_here = workspace.get(&active).map(|e| e.scenario.clone());
    match changed_here {
        Some(s) if s != state.scenario.get_untracked() => {
            workspace.active = active;
            state.workspace.set(workspace);
            state.scenario.set(s);
            state.notify(Notice::ChangedElsewhere);
        }
        Some(_) => {
            workspace.active = active;
            state.workspace.set(workspace);
        }
        // The other tab deleted the scenario shown here: keep editing it; the next
        // save puts it back, so nothing is lost.
        None => {
            let mine = state.scenario.get_untracked();
            workspace.active = active;
            workspace.store(&mine, now());
            state.workspace.set(workspace);
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
    let _ = window_event_listener(leptos::ev::pagehide, move |_| save_now(state));
    let _ = window_event_listener(leptos::ev::storage, move |e: web_sys::StorageEvent| {
        if e.key().as_deref() == Some(envelope::KEY) {
            from_other_tab(state, e.new_value());
        }
    });
    // `visibilitychange` fires on the document, not the window.
    if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
        let hidden_doc = doc.clone();
        let on_change = Closure::<dyn Fn()>::new(move || {
            if hidden_doc.hidden() {
                save_now(state);
            }
        });
        let _ = doc.add_event_listener_with_callback("visibilitychange", on_change.as_ref().unchecked_ref());
        // Lives as long as the page.
        on_change.forget();
    }
}
