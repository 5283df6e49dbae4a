//! The app's state, shared through context: the scenario being edited (the single
//! source of truth), the results derived from it, and the view choices. Components
//! read what they need and change the scenario only through [`AppState::edit`].

use crate::i18n::{self, Lang};
use crate::model::{evaluate, Evaluation, Scenario, StrategyOption};
use crate::sanity::{self, Warning};
use leptos::prelude::*;
use std::sync::Arc;

/// Results are compared by identity: a new evaluation is always a change.
#[derive(Clone)]
pub struct Results(pub Arc<Evaluation>);

impl PartialEq for Results {
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.0, &other.0)
    }
}

#[derive(Clone, Copy)]
pub struct AppState {
    pub scenario: RwSignal<Scenario>,
    pub results: Memo<Results>,
    /// Id of the option whose details are shown.
    pub selected: RwSignal<String>,
    pub lang: RwSignal<Lang>,
    /// Gentle notes on unlikely inputs, derived from the scenario.
    pub warnings: Memo<Vec<Warning>>,
}

impl AppState {
    pub fn new(scenario: Scenario, lang: Lang) -> Self {
        let selected = RwSignal::new(scenario.options.first().map(|o| o.id.clone()).unwrap_or_default());
        let scenario = RwSignal::new(scenario);
        // Derived, not synced: the whole model is recomputed on every change (well
        // under a millisecond), so there is no cache to get out of step.
        let results = Memo::new(move |_| Results(Arc::new(scenario.with(evaluate))));
        let warnings = Memo::new(move |_| scenario.with(sanity::warnings));
        AppState { scenario, results, selected, lang: RwSignal::new(lang), warnings }
    }

    /// The translated text of `key` in the current language (reactive).
    pub fn tr(&self, key: &str) -> &'static str {
        i18n::text(self.lang.get(), key)
    }

    /// The text of `key` as a reactive view. Every call returns the same closure type,
    /// so the view code that renders it is compiled once rather than once per key:
    /// with a hundred labels that is a large part of the wasm size.
    pub fn text(self, key: &'static str) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
        move || i18n::text(self.lang.get(), key)
    }

    /// Like [`AppState::text`], for a key built at run time (`lever.<name>.label`).
    pub fn text_of(self, key: String) -> impl Fn() -> &'static str + Clone + Send + Sync + 'static {
        move || i18n::text(self.lang.get(), &key)
    }

    /// Switches the language; option names still at their preset default follow it.
    pub fn set_lang(&self, lang: Lang) {
        self.lang.set(lang);
        self.scenario.update(|s| i18n::localise_preset_names(s, lang));
    }

    /// Changes the scenario. `f` must not read or set any signal: the scenario is locked
    /// while it runs, and a read would fail (and, with `panic = "abort"`, end the app).
    /// Read what you need before calling.
    pub fn edit(&self, f: impl FnOnce(&mut Scenario)) {
        self.scenario.update(f);
    }

    /// The translated note for the field at `path`, if its value is unlikely.
    pub fn warning_for(&self, path: impl Into<String>) -> Signal<Option<String>> {
        let path = path.into();
        let state = *self;
        Signal::derive(move || {
            let key = state.warnings.with(|ws| ws.iter().find(|w| w.path == path).map(|w| w.key))?;
            Some(state.tr(key).to_owned())
        })
    }

    /// Changes the option `id`, if it still exists.
    pub fn edit_option(&self, id: &str, f: impl FnOnce(&mut StrategyOption)) {
        self.scenario.update(|s| {
            if let Some(o) = s.options.iter_mut().find(|o| o.id == id) {
                f(o);
            }
        });
    }

    /// Reads the option `id` (reactive); `None` once it has been deleted.
    pub fn with_option<T>(&self, id: &str, f: impl FnOnce(&StrategyOption) -> T) -> Option<T> {
        self.scenario.with(|s| s.options.iter().find(|o| o.id == id).map(f))
    }

    /// The currency of the scenario (reactive).
    pub fn currency(&self) -> String {
        self.scenario.with(|s| s.currency.clone())
    }
}

pub fn use_state() -> AppState {
    expect_context::<AppState>()
}
