//! The strategy options as tabs: pick the one shown in detail, add a custom option,
//! duplicate, rename, delete (with undo). At most [`MAX_OPTIONS`].

use crate::model::presets::preset_option;
use crate::model::validation::MAX_OPTIONS;
use crate::model::{OptionKind, StrategyOption};
use crate::state::use_state;
use leptos::prelude::*;

/// A deleted option, kept so that "undo" can put it back where it was.
#[derive(Clone)]
struct Deleted {
    index: usize,
    option: StrategyOption,
}

/// A fresh id: `base`, or `base-2`, `base-3`, … whichever is free.
pub fn unique_id(base: &str, taken: &[String]) -> String {
    let clean: String = base
        .to_ascii_lowercase()
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() || c == '-' || c == '_' { c } else { '-' })
        .collect();
    let clean = if clean.is_empty() { "option".to_owned() } else { clean };
    if !taken.contains(&clean) {
        return clean;
    }
    (2..).map(|n| format!("{clean}-{n}")).find(|id| !taken.contains(id)).unwrap_or(clean)
}

#[component]
pub fn OptionTabs() -> impl IntoView {
    let state = use_state();
    let deleted = RwSignal::new(None::<Deleted>);
    let renaming = RwSignal::new(false);
    let ids = Memo::new(move |_| state.scenario.with(|s| s.options.iter().map(|o| o.id.clone()).collect::<Vec<_>>()));
    let count = move || ids.with(Vec::len);
    let full = move || count() >= MAX_OPTIONS;

    let add = move || {
        if full() {
            return;
        }
        let id = unique_id("custom", &ids.get_untracked());
        let mut option = preset_option(OptionKind::Custom, &id, "TWD");
        option.name = crate::i18n::fill(state.tr("option.custom_name"), &[("n", &(count() + 1).to_string())]);
        state.edit(|s| s.options.push(option));
        state.selected.set(id);
    };
    let duplicate = move || {
        if full() {
            return;
        }
        let current = state.selected.get_untracked();
        let Some(mut copy) = state.with_option(&current, Clone::clone) else { return };
        copy.id = unique_id(&format!("{current}-copy"), &ids.get_untracked());
        copy.name = crate::i18n::fill(state.tr("option.copy_name"), &[("name", &copy.name)]);
        let new_id = copy.id.clone();
        state.edit(|s| {
            let at = s.options.iter().position(|o| o.id == current).map(|i| i + 1).unwrap_or(s.options.len());
            s.options.insert(at, copy);
        });
        state.selected.set(new_id);
    };
    let delete = move || {
        if count() <= 1 {
            return;
        }
        let current = state.selected.get_untracked();
        let mut removed = None;
        state.edit(|s| {
            if let Some(index) = s.options.iter().position(|o| o.id == current) {
                let option = s.options.remove(index);
                let next = s.options.get(index.min(s.options.len().saturating_sub(1))).map(|o| o.id.clone());
                removed = Some((Deleted { index, option }, next));
            }
        });
        // Signals are set after the update, never inside it (see `AppState::edit`).
        if let Some((d, next)) = removed {
            deleted.set(Some(d));
            if let Some(next) = next {
                state.selected.set(next);
            }
        }
    };
    let undo = move || {
        if let Some(d) = deleted.get_untracked() {
            let id = d.option.id.clone();
            let taken = ids.get_untracked();
            state.edit(|s| {
                let mut option = d.option;
                if taken.contains(&option.id) {
                    option.id = unique_id(&option.id, &taken);
                }
                if s.options.len() < MAX_OPTIONS {
                    s.options.insert(d.index.min(s.options.len()), option);
                }
            });
            state.selected.set(id);
            deleted.set(None);
        }
    };
    let current_name = move || state.with_option(&state.selected.get(), |o| o.name.clone()).unwrap_or_default();

    // One click handler for the option buttons (see `scenario_bar::action_of`).
    let on_click = move |ev: leptos::ev::MouseEvent| match super::scenario_bar::action_of(&ev).as_deref() {
        Some("add") => add(),
        Some("duplicate") => duplicate(),
        Some("rename") => renaming.update(|r| *r = !*r),
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
                <button type="button" data-testid="option-rename" aria-expanded=move || renaming.get().to_string()
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
            {move || renaming.get().then(|| view! {
                <div class="field rename">
                    <label for="f-option-name">{state.text("option.name_label")}</label>
                    <input
                        id="f-option-name"
                        type="text"
                        maxlength="60"
                        data-testid="input-option-name"
                        prop:value=current_name
                        on:input=move |ev| {
                            let name = event_target_value(&ev);
                            state.edit_option(&state.selected.get_untracked(), |o| o.name = name);
                        }
                        on:keydown=move |ev: leptos::ev::KeyboardEvent| {
                            if ev.key() == "Enter" || ev.key() == "Escape" {
                                renaming.set(false);
                            }
                        }
                    />
                </div>
            })}
            <div class="toast-region" aria-live="polite">
                {move || deleted.get().map(|d| view! {
                    <p class="toast" data-testid="undo-toast">
                        {crate::i18n::fill(state.tr("option.deleted"), &[("name", &d.option.name)])}
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
