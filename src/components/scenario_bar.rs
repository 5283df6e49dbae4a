//! The visitor's saved scenarios (switch, new, duplicate, rename, delete with undo) and
//! what they can do with their work: export and import the scenario file, paste one,
//! export CSV, copy a share link, print the report.

use crate::i18n::fill;
use crate::model::scenario_file::ReadError;
use crate::persist::csv;
use crate::persist::undo::DeletedScenario;
use crate::rename::Rename;
use crate::platform::{files, page_url, scenario_json};
use crate::share_link;
use crate::state::{use_state, AppState, Notice};
use crate::model::edit::Edit;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// A translated message naming what is wrong with an imported file (`text`, as read).
fn import_error(state: &AppState, e: &ReadError, text: &str) -> String {
    crate::render::read_error::import_message(state.lang.get_untracked(), e, text)
}

/// A file name from a scenario name (letters and digits of any script kept).
pub(crate) fn file_name(name: &str, suffix: &str) -> String {
    let base: String = name.chars().map(|c| if c.is_alphanumeric() { c } else { '-' }).collect();
    let base = base.trim_matches('-');
    format!("{}{suffix}", if base.is_empty() { "crm-roi" } else { base })
}

/// Adds `scenario` as a new saved scenario (never replacing one) and opens it.
fn add_and_open(state: AppState, scenario: crate::model::Scenario) -> bool {
    let current = state.scenario.get_untracked();
    let now = files::now();
    let mut added = false;
    state.workspace.update(|w| {
        state.store_shown(w);
        added = w.store_and_add(&current, scenario.clone(), now).is_some();
    });
    if added {
        state.show(scenario);
    } else {
        state.notify(Notice::WorkspaceFull);
    }
    added
}

/// Adds an imported scenario as a new saved scenario (an import is asked for: it is
/// never merged with a saved one), named for where it came from if it has no name;
/// opened, and said.
fn import(state: AppState, mut scenario: crate::model::Scenario) {
    if scenario.name.trim().is_empty() {
        let when = crate::render::now_text(state.lang.get_untracked());
        scenario.name = fill(state.tr("scenario.imported"), &[("when", &when)]);
    }
    let name = scenario.name.clone();
    if add_and_open(state, scenario) {
        state.notify(Notice::Imported(name));
    }
}

/// The `data-action` of the enabled button a click landed on, if any.
pub fn action_of(ev: &leptos::ev::MouseEvent) -> Option<String> {
    let target: web_sys::Element = ev.target()?.dyn_into().ok()?;
    let button = target.closest("button[data-action]").ok()??;
    if button.has_attribute("disabled") {
        return None;
    }
    button.get_attribute("data-action")
}

#[component]
pub fn ScenarioBar() -> impl IntoView {
    let state = use_state();
    // The rename in progress, while its field is open.
    let renaming = RwSignal::new(None::<Rename>);
    let deleted = RwSignal::new(None::<DeletedScenario>);
    let import_message = RwSignal::new(None::<String>);
    let share_url = RwSignal::new(None::<String>);
    let paste = RwSignal::new(String::new());

    let entries = move || {
        let active = state.workspace.with(|w| w.active.clone());
        let current_name = state.scenario.with(|s| s.name.clone());
        state.workspace.with(|w| {
            w.entries.iter().map(|e| {
                let name = if e.key == active { current_name.clone() } else { e.scenario.name.clone() };
                let name = if name.is_empty() { state.tr("scenario.untitled").to_owned() } else { name };
                view! { <option value=e.key.clone() prop:selected=e.key == active>{name}</option> }
            }).collect::<Vec<_>>()
        })
    };
    let new_scenario = move || {
        let lang = state.lang.get_untracked();
        let mut s = crate::model::presets::default_scenario(lang.default_currency());
        crate::i18n::localise_preset_names(&mut s, lang);
        s.name = state.tr("scenario.new_name").to_owned();
        add_and_open(state, s);
    };
    let duplicate = move || {
        let mut s = state.scenario.get_untracked();
        let name = if s.name.is_empty() { state.tr("scenario.untitled").to_owned() } else { s.name.clone() };
        s.name = fill(state.tr("option.copy_name"), &[("name", &name)]);
        add_and_open(state, s);
    };
    let delete = move || {
        let current = state.scenario.get_untracked();
        let mut removed = None;
        state.workspace.update(|w| removed = w.remove_active(&current, files::now()));
        if let Some((d, next)) = removed {
            deleted.set(Some(d));
            state.show(next);
        }
    };
    let undo = move || {
        let Some(d) = deleted.get_untracked() else { return };
        let current = state.scenario.get_untracked();
        let mut reopened = None;
        // Opens the scenario under the key it has now (a new one may have taken its old key).
        state.workspace.update(|w| {
            state.store_shown(w);
            reopened = d.restore(w, &current, files::now());
        });
        deleted.set(None);
        if let Some(s) = reopened {
            state.show(s);
            // The Undo button goes with its message: the focus goes to the picker,
            // which shows the scenario back.
            crate::platform::focus::focus_soon(vec!["#scenario-select".into()]);
        }
    };
    let import_text = move |text: String| match scenario_json::read(&text) {
        Ok(s) => {
            import_message.set(None);
            import(state, s);
        }
        Err(e) => import_message.set(Some(import_error(&state, &e, &text))),
    };
    let on_file = move |ev: leptos::ev::Event| {
        let Some(input) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) else { return };
        let Some(file) = input.files().and_then(|f| f.get(0)) else { return };
        input.set_value("");
        wasm_bindgen_futures::spawn_local(async move {
            match files::read_text(file, crate::model::scenario_file::MAX_BYTES).await {
                Ok(text) => import_text(text),
                Err(e) => import_message.set(Some(import_error(&state, &e, ""))),
            }
        });
    };
    let export_json = move || {
        let s = state.scenario.get_untracked();
        files::download(&file_name(&s.name, ".json"), "application/json", &scenario_json::write(&s));
    };
    let export_years = move || {
        let id = state.selected.get_untracked();
        let s = state.scenario.get_untracked();
        let index = s.options.iter().position(|o| o.id == id);
        let rows = state.results.with_untracked(|r| index.and_then(|i| r.0.options.get(i)).and_then(|o| o.as_ref().ok()).map(|o| o.years.clone()));
        let option = index.and_then(|i| s.options.get(i)).map(|o| o.name.clone()).unwrap_or_default();
        if let Some(rows) = rows {
            // The option's name in the file's name and first line: one file per option.
            let text = csv::years(state.lang.get_untracked(), &option, &rows);
            files::download(&file_name(&format!("{}-{option}", s.name), "-years.csv"), "text/csv;charset=utf-8", &text);
        }
    };
    let export_comparison = move || {
        let s = state.scenario.get_untracked();
        let text = state.results.with_untracked(|r| csv::comparison(state.lang.get_untracked(), &s, &r.0));
        files::download(&file_name(&s.name, "-comparison.csv"), "text/csv;charset=utf-8", &text);
    };
    let share = move || {
        let json = scenario_json::write(&state.scenario.get_untracked());
        let url = format!("{}#{}", page_url::address_without_hash(), share_link::encode(&json));
        share_url.set(Some(url.clone()));
        wasm_bindgen_futures::spawn_local(async move {
            files::copy(&url).await;
        });
    };
    // The report includes the analysis: the panel computes it first, then prints.
    let print_request = use_context::<super::analysis_panel::PrintRequest>();
    let print = move || match print_request {
        Some(super::analysis_panel::PrintRequest(wanted)) => wanted.set(true),
        None => {
            if let Some(w) = web_sys::window() {
                let _ = w.print();
            }
        }
    };
    let name = move || state.scenario.with(|s| s.name.clone());
    let single = move || state.workspace.with(|w| w.entries.len() <= 1);

    // Rename as for options (`option_tabs`): the field takes the focus, Enter keeps,
    // Escape restores, an empty name is never kept; the focus returns to Rename.
    // Whether the field is open: a memo, so that a keystroke (which updates the rename)
    // does not draw the field again.
    let open = Memo::new(move |_| renaming.with(Option::is_some));
    let empty = move || renaming.with(|r| r.as_ref().is_some_and(Rename::is_empty));
    let close_rename = move |cancel: bool| {
        let now = state.scenario.with_untracked(|s| s.name.clone());
        if let Some(name) = renaming.get_untracked().and_then(|r| r.close(cancel, &now)) {
            state.send("scenario-name", Edit::Name(name));
        }
        renaming.set(None);
        crate::platform::focus::focus_soon(vec!["[data-testid=scenario-rename]".into()]);
    };
    let toggle_rename = move || {
        if renaming.with_untracked(Option::is_some) {
            close_rename(false);
        } else {
            renaming.set(Some(Rename::start(state.scenario.with_untracked(|s| s.name.clone()))));
            crate::platform::focus::focus_soon(vec!["#f-scenario-name".into()]);
        }
    };

    // One click handler for every button of the bar (each `data-action`): a handler per
    // button costs its own event glue in the wasm.
    let on_click = move |ev: leptos::ev::MouseEvent| {
        let Some(action) = action_of(&ev) else { return };
        match action.as_str() {
            "new" => new_scenario(),
            "duplicate" => duplicate(),
            "rename" => toggle_rename(),
            "delete" => delete(),
            "undo" => undo(),
            "export-json" => export_json(),
            "csv-years" => export_years(),
            "csv-comparison" => export_comparison(),
            "share" => share(),
            "print" => print(),
            "paste" => import_text(paste.get_untracked()),
            _ => {}
        }
    };

    view! {
        <section class="card scenario-bar no-print" aria-labelledby="scenario-title" on:click=on_click>
            <h2 id="scenario-title" class="visually-hidden">{state.text("scenario.title")}</h2>
            <div class="scenario-row">
                <label for="scenario-select">{state.text("scenario.label")}</label>
                <select id="scenario-select" data-testid="scenario-select" on:change=move |ev| state.open_scenario(&event_target_value(&ev))>
                    {entries}
                </select>
                <button type="button" data-testid="scenario-new" data-action="new">{state.text("scenario.new")}</button>
                <button type="button" data-testid="scenario-duplicate" data-action="duplicate">{state.text("scenario.duplicate")}</button>
                <button type="button" data-testid="scenario-rename" aria-expanded=move || open.get().to_string()
                    data-action="rename">{state.text("scenario.rename")}</button>
                <button type="button" data-testid="scenario-delete" data-action="delete" disabled=single>{state.text("scenario.delete")}</button>
            </div>
            {move || open.get().then(|| view! {
                <div class="field rename">
                    <label for="f-scenario-name">{state.text("scenario.name_label")}</label>
                    <input id="f-scenario-name" type="text" maxlength="80" data-testid="scenario-name" prop:value=name
                        aria-invalid=move || empty().to_string() aria-describedby="f-scenario-name-error"
                        on:input=move |ev| {
                            let mut given = None;
                            renaming.update(|r| given = r.as_mut().and_then(|r| r.typed(event_target_value(&ev))));
                            if let Some(n) = given {
                                state.send("scenario-name", Edit::Name(n));
                            }
                        }
                        on:keydown=move |ev: leptos::ev::KeyboardEvent| match ev.key().as_str() {
                            "Enter" => close_rename(false),
                            "Escape" => close_rename(true),
                            _ => {}
                        }/>
                    <p class="error" id="f-scenario-name-error" data-testid="error-scenario-name" hidden=move || !empty()>
                        {state.text("error.empty_name")}
                    </p>
                </div>
            })}
            {move || deleted.get().map(|d| view! {
                <p class="toast" data-testid="scenario-undo-toast">
                    {fill(state.tr("option.deleted"), &[("name", d.name())])} " "
                    <button type="button" data-testid="scenario-undo" data-action="undo">{state.text("option.undo")}</button>
                </p>
            })}
            <details class="data-tools">
                <summary data-testid="data-tools">{state.text("tools.title")}</summary>
                <div class="tool-row">
                    <button type="button" data-testid="export-json" data-action="export-json">{state.text("tools.export_json")}</button>
                    <label class="file-button">
                        {state.text("tools.import_file")}
                        <input type="file" accept=".json,application/json" data-testid="import-file" on:change=on_file/>
                    </label>
                    <button type="button" data-testid="export-csv-years" data-action="csv-years">{state.text("tools.csv_years")}</button>
                    <button type="button" data-testid="export-csv-comparison" data-action="csv-comparison">{state.text("tools.csv_comparison")}</button>
                    <button type="button" data-testid="share-copy" data-action="share">{state.text("tools.share")}</button>
                    <button type="button" data-testid="print" data-action="print">{state.text("tools.print")}</button>
                </div>
                {move || share_url.get().map(|url| view! {
                    <div class="field">
                        <label for="f-share-link">{state.text("tools.share_link")}</label>
                        <input id="f-share-link" type="text" readonly data-testid="share-link" prop:value=url
                            on:focus=move |ev| { if let Some(i) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) { i.select(); } }/>
                    </div>
                })}
                <div class="field">
                    <label for="f-paste">{state.text("tools.paste_label")}</label>
                    <textarea id="f-paste" rows="3" data-testid="import-paste-text" prop:value=move || paste.get()
                        on:input=move |ev| paste.set(event_target_value(&ev))></textarea>
                    <button type="button" data-testid="import-paste" data-action="paste">{state.text("tools.paste_import")}</button>
                </div>
                <p class="error" role="alert" data-testid="import-error" hidden=move || import_message.get().is_none()>
                    {move || import_message.get().unwrap_or_default()}
                </p>
            </details>
        </section>
    }
}
