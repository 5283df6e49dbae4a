//! The strategy options as tabs: pick the one shown in detail, add a custom option,
//! duplicate, rename, delete (with undo). At most [`MAX_OPTIONS`].

use crate::model::validation::MAX_OPTIONS;
use crate::persist::undo::DeletedOption;
use crate::rename::Rename;
use crate::state::use_state;
use crate::model::edit::{Edit, OptionEdit, Outcome};
use leptos::prelude::*;

#[component]
pub fn OptionTabs() -> impl IntoView {
    let state = use_state();
    // The last deleted option, for undo; it applies only in the scenario it came from.
    let deleted = RwSignal::new(None::<DeletedOption>);
    // The rename in progress, while its field is open.
    let renaming = RwSignal::new(None::<Rename>);
    let ids = Memo::new(move |_| state.scenario.with(|s| s.option_ids()));
    let count = move || ids.with(Vec::len);
    let full = move || count() >= MAX_OPTIONS;
    let active = move || state.workspace.with(|w| w.active.clone());
    let undoable = move || deleted.get().filter(|d| d.belongs_to(&active()));

    // Each button sends one edit (model::edit); the outcome says what to show next.
    let add = move || {
        let name = crate::i18n::fill(state.tr("option.custom_name"), &[("n", &count().saturating_add(1).to_string())]);
        if let Some(Outcome::Added(id)) = state.send("option-add", Edit::AddOption(name)) {
            state.selected.set(id);
        }
    };
    let duplicate = move || {
        let id = state.selected.get_untracked();
        let original = state.with_option(&id, |o| o.name.clone()).unwrap_or_default();
        let name = crate::i18n::fill(state.tr("option.copy_name"), &[("name", &original)]);
        if let Some(Outcome::Added(copy)) = state.send("option-duplicate", Edit::DuplicateOption { id, name }) {
            state.selected.set(copy);
        }
    };
    let delete = move || {
        let current = state.selected.get_untracked();
        let key = state.workspace.with_untracked(|w| w.active.clone());
        if let Some(Outcome::Removed(r)) = state.send("option-delete", Edit::RemoveOption(current)) {
            state.selected.set(r.next.clone());
            deleted.set(Some(DeletedOption::new(key, *r)));
        }
    };
    let undo = move || {
        let active = state.workspace.with_untracked(|w| w.active.clone());
        let Some(d) = deleted.get_untracked().filter(|d| d.belongs_to(&active)) else { return };
        // Show the option under the id it has now; a full scenario keeps the record.
        if let Some(Outcome::Added(id)) = state.send("option-undo", d.restore_edit()) {
            // The Undo button goes with its message: the focus goes to the option back.
            crate::platform::focus::focus_soon(vec![format!("#tab-{id}")]);
            state.selected.set(id);
            deleted.set(None);
        }
    };
    let current_name = move || state.with_option(&state.selected.get(), |o| o.name.clone()).unwrap_or_default();

    // Rename: the field takes the focus (so typing never reaches a button), Enter keeps
    // the name, Escape restores the one it had, an empty name is never kept; either
    // way the focus goes back to the Rename button.
    // Whether the field is open: a memo, so that a keystroke (which updates the rename)
    // does not draw the field again.
    let open = Memo::new(move |_| renaming.with(Option::is_some));
    let empty = move || renaming.with(|r| r.as_ref().is_some_and(Rename::is_empty));
    let close_rename = move |cancel: bool| {
        let id = state.selected.get_untracked();
        let now = state.with_option(&id, |o| o.name.clone()).unwrap_or_default();
        if let Some(name) = renaming.get_untracked().and_then(|r| r.close(cancel, &now)) {
            state.send_option("option-name", &id, OptionEdit::Name(name));
        }
        renaming.set(None);
        crate::platform::focus::focus_soon(vec!["[data-testid=option-rename]".into()]);
    };
    let toggle_rename = move || {
        if renaming.with_untracked(Option::is_some) {
            close_rename(false);
        } else {
            let name = state.with_option(&state.selected.get_untracked(), |o| o.name.clone()).unwrap_or_default();
            renaming.set(Some(Rename::start(name)));
            crate::platform::focus::focus_soon(vec!["#f-option-name".into()]);
        }
    };

    // One click handler for the option buttons (see `scenario_bar::action_of`).
    let on_click = move |ev: leptos::ev::MouseEvent| match super::scenario_bar::action_of(&ev).as_deref() {
        Some("add") => add(),
        Some("duplicate") => duplicate(),
        Some("rename") => toggle_rename(),
        Some("delete") => delete(),
        Some("undo") => undo(),
        _ => {}
    };

    view! {
        <div class="option-bar" on:click=on_click>
            <div class="tabs" role="tablist" aria-label=state.text("option.tabs_label")>
                {move || ids.get().into_iter().map(|id| {
                        let tab_id = id.clone();
                        let name_id = id.clone();
                        let click_id = id.clone();
                        let selected = Memo::new(move |_| state.selected.get() == tab_id);
                        view! {
                            <button
                                type="button"
                                role="tab"
                                id=format!("tab-{id}")
                                aria-selected=move || selected.get().to_string()
                                aria-controls="option-panel"
                                tabindex=move || if selected.get() { "0" } else { "-1" }
                                data-testid=format!("select-option-{id}")
                                on:click=move |_| state.selected.set(click_id.clone())
                                on:keydown=move |ev: leptos::ev::KeyboardEvent| {
                                    // Arrow keys move between tabs (WAI-ARIA tabs pattern).
                                    let list = ids.get_untracked();
                                    let Some(pos) = list.iter().position(|i| *i == state.selected.get_untracked()) else { return };
                                    let next = match ev.key().as_str() {
                                        "ArrowRight" => (pos + 1) % list.len(),
                                        "ArrowLeft" => (pos + list.len() - 1) % list.len(),
                                        "Home" => 0,
                                        "End" => list.len() - 1,
                                        _ => return,
                                    };
                                    ev.prevent_default();
                                    if let Some(id) = list.get(next) {
                                        state.selected.set(id.clone());
                                        focus(&format!("tab-{id}"));
                                    }
                                }
                            >
                                {move || state.with_option(&name_id, |o| o.name.clone()).unwrap_or_default()}
                            </button>
                        }
                    }).collect::<Vec<_>>()}
            </div>
            <div class="option-actions">
                <button type="button" data-testid="option-add" data-action="add" disabled=full>
                    {state.text("option.add")}
                </button>
                <button type="button" data-testid="option-duplicate" data-action="duplicate" disabled=full>
                    {state.text("option.duplicate")}
                </button>
                <button type="button" data-testid="option-rename" aria-expanded=move || open.get().to_string()
                    data-action="rename">
                    {state.text("option.rename")}
                </button>
                <button type="button" data-testid="option-delete" data-action="delete" disabled=move || { count() <= 1 }>
                    {state.text("option.delete")}
                </button>
            </div>
            {move || full().then(|| view! {
                <p class="help">{move || crate::i18n::fill(state.tr("option.limit"), &[("max", &MAX_OPTIONS.to_string())])}</p>
            })}
            {move || open.get().then(|| view! {
                <div class="field rename">
                    <label for="f-option-name">{state.text("option.name_label")}</label>
                    <input
                        id="f-option-name"
                        type="text"
                        maxlength="60"
                        data-testid="input-option-name"
                        prop:value=current_name
                        aria-invalid=move || empty().to_string()
                        aria-describedby="f-option-name-error"
                        on:input=move |ev| {
                            let name = event_target_value(&ev);
                            // An empty name is not sent: the option keeps its last one.
                            let mut given = None;
                            renaming.update(|r| given = r.as_mut().and_then(|r| r.typed(name)));
                            if let Some(name) = given {
                                state.send_option("option-name", &state.selected.get_untracked(), OptionEdit::Name(name));
                            }
                        }
                        on:keydown=move |ev: leptos::ev::KeyboardEvent| match ev.key().as_str() {
                            "Enter" => close_rename(false),
                            "Escape" => close_rename(true),
                            _ => {}
                        }
                    />
                    <p class="error" id="f-option-name-error" data-testid="error-option-name" hidden=move || !empty()>
                        {state.text("error.empty_name")}
                    </p>
                </div>
            })}
            <div class="toast-region" aria-live="polite">
                {move || undoable().map(|d| view! {
                    <p class="toast" data-testid="undo-toast">
                        {crate::i18n::fill(state.tr("option.deleted"), &[("name", d.name())])}
                        " "
                        <button type="button" data-testid="undo" data-action="undo">{state.text("option.undo")}</button>
                    </p>
                })}
            </div>
        </div>
    }
}

fn focus(id: &str) {
    use wasm_bindgen::JsCast;
    if let Some(el) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = el.focus();
    }
}
