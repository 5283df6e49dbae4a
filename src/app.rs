//! The root component: picks the language and the scenario the page opens with,
//! provides the shared state, and lays out the page.

use crate::components::analysis_panel::AnalysisPanel;
use crate::components::baseline_form::BaselineForm;
use crate::components::call_to_action::CallToAction;
use crate::components::cashflow_table::CashflowTable;
use crate::components::charts::{BreakdownChart, CashflowChart, ComparisonChart};
use crate::components::comparison::Comparison;
use crate::components::embed_panel::EmbedPanel;
use crate::components::header::Header;
use crate::components::option_editor::OptionEditor;
use crate::components::option_tabs::OptionTabs;
use crate::components::quick_view::QuickView;
use crate::components::results_detail::ResultsDetail;
use crate::components::settings_form::SettingsForm;
use crate::i18n::{fill, text, Lang};
use crate::model::presets::default_scenario;
use crate::model::Scenario;
use crate::components::notices::Notices;
use crate::components::scenario_bar::ScenarioBar;
use crate::persist::envelope::ViewState;
use crate::persist::workspace::{Arrival, Workspace};
use crate::platform::store::{self, Loaded};
use crate::autosave;
use crate::platform::{embed_frame, files, locale_files, page_events, page_url, scenario_json, service_worker, storage};
use crate::state::Notice;
use crate::share_link;
use crate::state::AppState;
use leptos::prelude::*;

/// Where the visitor's language choice is remembered.
const LANG_KEY: &str = "crm-roi:lang";

/// Fetches the first language's text if it is not compiled in, then mounts the app.
pub fn start() {
    // Not leptos::task::spawn_local: Leptos's executor exists only once the app is mounted.
    wasm_bindgen_futures::spawn_local(async {
        #[cfg(feature = "trap-test")]
        forced_trap::at_start();
        let lang = initial_lang();
        // If it cannot be fetched, the app still starts: in Traditional Chinese.
        let _ = locale_files::ensure(lang).await;
        leptos::mount::mount_to_body(App);
    });
}

/// `?lang=` wins; then the language the visitor chose before; then the browser's;
/// a language whose text could not be fetched falls back to zh-TW (compiled in).
fn initial_lang() -> Lang {
    page_url::query_param("lang")
        .and_then(|code| Lang::from_code(&code))
        .or_else(|| storage::get(LANG_KEY).and_then(|code| Lang::from_code(&code)))
        .unwrap_or_else(|| Lang::from_preferences(page_url::preferred_languages().iter().map(String::as_str)))
}

/// The `?currency=` or the language's currency.
fn start_currency(lang: Lang) -> String {
    page_url::query_param("currency")
        .filter(|c| c.len() == 3 && c.bytes().all(|b| b.is_ascii_alphabetic()))
        .map(|c| c.to_ascii_uppercase())
        .unwrap_or_else(|| lang.default_currency().to_owned())
}

/// The default scenario in the `?currency=` or the language's currency.
fn defaults(lang: Lang) -> Scenario {
    let mut s = default_scenario(&start_currency(lang));
    crate::i18n::localise_preset_names(&mut s, lang);
    s
}

/// Takes the `#scenario=` link in the address into `workspace` (contract.md §2): a new
/// saved scenario, named for where it came from if it has no name, or the saved one
/// with the same figures. Returns what to tell the visitor and whether a saved scenario
/// was opened; `None` when the address holds no link. A link taken in (or unreadable)
/// leaves the address, so a reload does not take it again; one that found no room
/// stays, so that a reload opens it once there is.
fn take_in_link(workspace: &mut Workspace, lang: Lang, now: u64) -> Option<(Notice, bool)> {
    let (notice, opened) = match share_link::decode(&page_url::hash())? {
        Err(_) => (Notice::LinkBroken(String::new()), false),
        Ok(json) => match scenario_json::read(&json) {
            Ok(mut s) => {
                if s.name.trim().is_empty() {
                    s.name = fill(text(lang, "scenario.from_link"), &[("when", &crate::render::now_text(lang))]);
                }
                match workspace.take_in(s, now) {
                    Arrival::Added(key) => (Notice::LinkOpened(name_of(workspace, &key)), true),
                    Arrival::AlreadySaved(key) => (Notice::AlreadySaved(name_of(workspace, &key)), true),
                    Arrival::Full => return Some((Notice::WorkspaceFull, false)),
                }
            }
            Err(e) => (Notice::LinkBroken(crate::render::read_error::reason(lang, &e, &json)), false),
        },
    };
    page_url::clear_hash();
    Some((notice, opened))
}

/// The name of saved scenario `key`, for a notice.
fn name_of(workspace: &Workspace, key: &str) -> String {
    workspace.get(key).map(|e| e.scenario.name.clone()).unwrap_or_default()
}

/// What the page opens with: the stored work (or defaults), plus a scenario from
/// `#scenario=` added as a new saved scenario, never replacing one.
fn initial_workspace(lang: Lang) -> (Workspace, ViewState, Vec<Notice>) {
    let now = files::now();
    let mut notices = Vec::new();
    let (mut workspace, mut view) = match store::load() {
        Loaded::Restored(mut e) => {
            // Stored work opens in this visit's language (names, and an untouched
            // example's currency); what the visitor changed stays as it is.
            let currency = start_currency(lang);
            for entry in &mut e.workspace.entries {
                crate::i18n::open_in(&mut entry.scenario, lang, &currency);
            }
            (e.workspace, e.view)
        }
        Loaded::Fresh => (Workspace::new(defaults(lang), now), ViewState::default()),
        Loaded::Unavailable => {
            notices.push(Notice::StorageUnavailable);
            (Workspace::new(defaults(lang), now), ViewState::default())
        }
        Loaded::Unreadable(e) => {
            notices.push(Notice::StoredUnreadable(e.to_string()));
            (Workspace::new(defaults(lang), now), ViewState::default())
        }
    };
    if let Some((notice, opened)) = take_in_link(&mut workspace, lang, now) {
        if opened {
            view = ViewState { selected: String::new(), details: view.details };
        }
        notices.push(notice);
    }
    (workspace, view, notices)
}

/// Test builds only (`--features trap-test`, never the release build; README,
/// "Commands"): a Rust panic on demand, which `panic = "abort"` turns into a wasm trap,
/// so the browser tests can show that the crash guard (static/crash-guard.js) catches
/// a real one. `?__trap=start` panics before the app mounts, `?__trap=click` on a
/// click on the page's heading (`<h1>`).
#[cfg(feature = "trap-test")]
mod forced_trap {
    use super::page_url;

    fn asked(when: &str) -> bool {
        page_url::query_param("__trap").as_deref() == Some(when)
    }

    pub fn at_start() {
        if asked("start") {
            panic!("trap-test: a forced panic at start");
        }
    }

    pub fn on_click() {
        if asked("click") {
            let _ = leptos::leptos_dom::helpers::window_event_listener_untyped("click", |e| {
                use wasm_bindgen::JsCast;
                let on_heading = e.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()).is_some_and(|el| el.tag_name() == "H1");
                if on_heading {
                    panic!("trap-test: a forced panic on a click");
                }
            });
        }
    }
}

#[component]
pub fn App() -> impl IntoView {
    let lang = Some(initial_lang()).filter(|l| crate::i18n::is_loaded(*l)).unwrap_or(Lang::ZhTw);
    let (workspace, view, notices) = initial_workspace(lang);
    let state = AppState::new(workspace, view, lang, notices);
    provide_context(state);
    provide_context(crate::components::analysis_panel::PrintRequest(RwSignal::new(false)));
    autosave::start(state);
    // A share link followed while the page is open: taken in as at the start. Any
    // other hash (the skip link's `#main`) leaves the workspace alone.
    page_events::on_hash_change(move || {
        if share_link::decode(&page_url::hash()).is_none() {
            return;
        }
        let mut result = None;
        state.workspace.update(|w| {
            state.store_shown(w);
            result = take_in_link(w, state.lang.get_untracked(), files::now());
        });
        let Some((notice, opened)) = result else { return };
        if opened {
            if let Some(s) = state.workspace.with_untracked(|w| w.active_entry().map(|e| e.scenario.clone())) {
                state.show(s);
            }
        }
        state.notify(notice);
    });
    let embed = embed_frame::settings();
    embed_frame::apply(&embed);
    #[cfg(feature = "trap-test")]
    forced_trap::on_click();
    service_worker::register(move || state.notify(Notice::UpdateReady));

    // Sync with the outside world: the document's language and title, and remembering
    // a language the visitor picked (not one that only came from `?lang=`).
    Effect::new(move |previous: Option<Lang>| {
        let lang = state.lang.get();
        if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
            if let Some(root) = doc.document_element() {
                let _ = root.set_attribute("lang", lang.code());
            }
            doc.set_title(crate::i18n::text(lang, "app.title"));
        }
        if previous.is_some_and(|p| p != lang) {
            storage::set(LANG_KEY, lang.code());
            // A reload (or the address copied) opens in the language chosen.
            page_url::set_query_param("lang", lang.code());
        }
        lang
    });

    // The quick view (contract.md §2 `view`) asks a few questions and shows the headline
    // results above; the rest of the calculator is the same tree as the full page's,
    // folded away, so every hook is once in the page and no component is built twice.
    let quick = embed.quick;
    let cta = embed.cta.clone();
    view! {
        <Header/>
        <main id="main" class="page" class:quick=quick tabindex="-1">
            <section class="print-only report-head" inner_html=crate::components::results_detail::output(crate::render::assumptions::report_head_today)></section>
            <Notices quick/>
            {quick.then(|| view! { <QuickView cta=cta.clone()/> })}
            {(!quick).then(|| view! { <ScenarioBar/> })}
            // Open and without its summary on the full page (CSS).
            <details class="more" open=!quick data-testid=quick.then_some("quick-more")>
                <summary><h2>{state.text("quick.more")}</h2></summary>
                <div class="more-body">
                    <div class="workspace">
                        <div class="area-tabs"><OptionTabs/></div>
                        <div class="area-results">
                            <ResultsDetail/>
                            {(!quick).then(|| cta.map(|cta| view! { <CallToAction cta/> }))}
                            <CashflowChart/>
                            <BreakdownChart/>
                        </div>
                        <div class="area-inputs">
                            // The option's headline results stay in view on narrow screens
                            // while the visitor edits inputs far down the page (CSS: sticky).
                            <div class="summary-bar" inner_html=crate::components::results_detail::output(crate::render::quick::summary)></div>
                            <OptionEditor/>
                            <BaselineForm without_quick=quick/>
                            <SettingsForm without_currency=quick/>
                        </div>
                    </div>
                    <AnalysisPanel/>
                    <Comparison quick/>
                    {(!quick).then(|| view! { <ComparisonChart/> })}
                    <CashflowTable/>
                    {(!embed.embed).then(|| view! { <EmbedPanel settings=embed.clone()/> })}
                </div>
            </details>
        </main>
    }
}
