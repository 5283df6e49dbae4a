//! The root component: picks the language and the scenario the page opens with,
//! provides the shared state, and lays out the page.

use crate::components::baseline_form::BaselineForm;
use crate::components::cashflow_table::CashflowTable;
use crate::components::charts::{BreakdownChart, CashflowChart, ComparisonChart};
use crate::components::comparison::Comparison;
use crate::components::header::Header;
use crate::components::option_editor::OptionEditor;
use crate::components::option_tabs::OptionTabs;
use crate::components::results_detail::ResultsDetail;
use crate::components::settings_form::SettingsForm;
use crate::i18n::Lang;
use crate::model::presets::default_scenario;
use crate::model::Scenario;
use crate::platform::{page_url, scenario_json, storage};
use crate::share_link;
use crate::state::AppState;
use leptos::prelude::*;

/// Why the scenario in the link could not be opened, to tell the visitor.
#[derive(Clone, Debug)]
pub struct LinkProblem(pub String);

/// Where the visitor's language choice is remembered.
const LANG_KEY: &str = "crm-roi:lang";

/// `?lang=` wins; then the language the visitor chose before; then the browser's.
fn initial_lang() -> Lang {
    page_url::query_param("lang")
        .and_then(|code| Lang::from_code(&code))
        .or_else(|| storage::get(LANG_KEY).and_then(|code| Lang::from_code(&code)))
        .unwrap_or_else(|| Lang::from_preferences(page_url::preferred_languages().iter().map(String::as_str)))
}

/// The scenario of `#scenario=` if there is a readable one, else the defaults (in the
/// `?currency=` or the language's currency).
fn initial_scenario(lang: Lang) -> (Scenario, Option<LinkProblem>) {
    let currency = page_url::query_param("currency")
        .filter(|c| c.len() == 3 && c.bytes().all(|b| b.is_ascii_alphabetic()))
        .map(|c| c.to_ascii_uppercase())
        .unwrap_or_else(|| lang.default_currency().to_owned());
    let defaults = || {
        let mut s = default_scenario(&currency);
        crate::i18n::localise_preset_names(&mut s, lang);
        s
    };
    match share_link::decode(&page_url::hash()) {
        None => (defaults(), None),
        Some(Err(e)) => (defaults(), Some(LinkProblem(format!("{e:?}")))),
        Some(Ok(json)) => match scenario_json::read(&json) {
            Ok(s) => (s, None),
            Err(e) => (defaults(), Some(LinkProblem(e.to_string()))),
        },
    }
}

#[component]
pub fn App() -> impl IntoView {
    let lang = initial_lang();
    let (scenario, link_problem) = initial_scenario(lang);
    let state = AppState::new(scenario, lang);
    provide_context(state);

    // Sync with the outside world: the document's language and title.
    Effect::new(move |_| {
        let lang = state.lang.get();
        if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
            if let Some(root) = doc.document_element() {
                let _ = root.set_attribute("lang", lang.code());
            }
            doc.set_title(crate::i18n::text(lang, "app.title"));
        }
    });
    // Remember a language the visitor picked (not one that only came from `?lang=`).
    Effect::new(move |previous: Option<Lang>| {
        let lang = state.lang.get();
        if previous.is_some_and(|p| p != lang) {
            storage::set(LANG_KEY, lang.code());
        }
        lang
    });

    view! {
        <Header/>
        <main id="main" class="page">
            {link_problem.map(|p| view! {
                <p class="notice notice-error" role="alert" data-testid="link-error">
                    {state.text("link.broken")} " " <span class="detail">{p.0}</span>
                </p>
            })}
            <div class="workspace">
                <div class="area-tabs"><OptionTabs/></div>
                <div class="area-results">
                    <ResultsDetail/>
                    <CashflowChart/>
                    <BreakdownChart/>
                </div>
                <div class="area-inputs">
                    <OptionEditor/>
                    <BaselineForm/>
                    <SettingsForm/>
                </div>
            </div>
            <Comparison/>
            <ComparisonChart/>
            <CashflowTable/>
        </main>
    }
}
