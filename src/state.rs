//! The app's state, shared through context: the scenario being edited (the single
//! source of truth), the results derived from it, and the view choices. Components
//! read what they need and change the scenario only through [`AppState::edit`].

use crate::i18n::{self, Lang};
use crate::model::edit::{apply, Edit, LineMemory, OptionEdit, Outcome};
use crate::model::{evaluate, Evaluation, Scenario, StrategyOption};
use crate::persist::envelope::ViewState;
use crate::persist::workspace::Workspace;
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
    /// Every saved scenario of the visitor; the active one is edited in `scenario`.
    pub workspace: RwSignal<Workspace>,
    /// Whether "every detail" of the option is open.
    pub details: RwSignal<bool>,
    /// Messages about the visitor's work (storage, links, other tabs), newest last.
    pub notices: RwSignal<Vec<Notice>>,
    /// The last edit the model refused: the path of the field that sent it and the
    /// message's translation key, shown beside that field until its next accepted edit.
    pub refused: RwSignal<Option<(String, &'static str)>>,
    /// The earlier forms of the lines the visitor is switching (model::edit::LineMemory):
    /// switching back restores what they had.
    pub line_memory: StoredValue<LineMemory>,
    /// When the scenario shown was last edited (ms since the epoch): saved as its
    /// entry's `updated`, so that two tabs changing one figure keep the later edit.
    pub edited_at: StoredValue<u64>,
}

/// A message about the visitor's work, shown until dismissed.
#[derive(Clone, Debug, PartialEq)]
pub enum Notice {
    /// localStorage does not work here: work is kept in memory only.
    StorageUnavailable,
    /// What was stored could not be read; it is kept as a backup to download.
    StoredUnreadable(String),
    /// Saving failed (storage full or blocked since the start).
    SaveFailed,
    /// Another tab changed the scenario shown here; its changes are shown with the
    /// ones made here.
    ChangedElsewhere,
    /// A figure changed here was changed later in another tab: the later value shows.
    ReplacedElsewhere,
    /// The scenario in the link could not be opened.
    LinkBroken(String),
    /// A scenario from a link was added as a new saved scenario, with this name.
    LinkOpened(String),
    /// An imported file was added as a new saved scenario, with this name.
    Imported(String),
    /// A link held the figures of a saved scenario (this name): that one is open, and
    /// nothing was added.
    AlreadySaved(String),
    /// A new version of the app is installed and waits for the visitor's reload.
    UpdateReady,
    /// Nothing was added (a link, an import, New, Duplicate): the 50 saved scenarios
    /// the workspace holds are all taken. Says what to do instead of doing nothing.
    WorkspaceFull,
}

impl AppState {
    pub fn new(workspace: Workspace, view: ViewState, lang: Lang, notices: Vec<Notice>) -> Self {
        let edited_at = workspace.active_entry().map_or(0, |e| e.updated);
        let scenario = workspace.active_entry().map(|e| e.scenario.clone()).unwrap_or_else(|| {
            crate::model::presets::default_scenario(lang.default_currency())
        });
        let first = scenario.options.first().map(|o| o.id.clone()).unwrap_or_default();
        let shown = if scenario.options.iter().any(|o| o.id == view.selected) { view.selected } else { first };
        let selected = RwSignal::new(shown);
        let scenario = RwSignal::new(scenario);
        // Derived, not synced: the whole model is recomputed on every change (well
        // under a millisecond), so there is no cache to get out of step.
        let results = Memo::new(move |_| Results(Arc::new(scenario.with(evaluate))));
        let warnings = Memo::new(move |_| scenario.with(sanity::warnings));
        AppState {
            scenario,
            results,
            selected,
            lang: RwSignal::new(lang),
            warnings,
            workspace: RwSignal::new(workspace),
            details: RwSignal::new(view.details),
            notices: RwSignal::new(notices),
            refused: RwSignal::new(None),
            line_memory: StoredValue::new(LineMemory::default()),
            edited_at: StoredValue::new(edited_at),
        }
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

    /// Switches the language; option names still at their preset default follow it, and
    /// an example the visitor has not touched takes the language's currency
    /// ([`i18n::open_in`]).
    pub fn set_lang(&self, lang: Lang) {
        self.lang.set(lang);
        self.scenario.update(|s| i18n::open_in(s, lang, lang.default_currency()));
    }

    /// Applies `edit`, sent by the field at `path` (its contract path, e.g.
    /// `personalised-cost-0-amount`), through the model's one edit function
    /// (`model::edit::apply`: on a copy, validated as a file is). Committed whole, or
    /// refused: then the scenario keeps its last good value and the field shows why.
    pub fn send(&self, path: &str, edit: Edit) -> Option<Outcome> {
        let before = self.scenario.get_untracked();
        // A switch back to a line's earlier setting restores that form exactly.
        let resolved = self.line_memory.with_value(|m| m.resolve(&before, &edit));
        match apply(&before, &resolved) {
            Ok(applied) => {
                if self.refused.with_untracked(|r| r.as_ref().is_some_and(|(p, _)| p == path)) {
                    self.refused.set(None);
                }
                self.line_memory.update_value(|m| m.record(&before, &applied.scenario, &edit));
                self.scenario.set(applied.scenario);
                self.edited_at.set_value(crate::platform::files::now());
                Some(applied.outcome)
            }
            Err(refusal) => {
                self.refused.set(Some((path.to_owned(), refusal.message_key())));
                None
            }
        }
    }

    /// An edit inside option `id` ([`Self::send`]).
    pub fn send_option(&self, path: &str, id: &str, edit: OptionEdit) -> Option<Outcome> {
        self.send(path, Edit::Option { id: id.to_owned(), edit })
    }

    /// The message of a refused edit sent by the field at `path`, while it stands.
    pub fn refusal_for(&self, path: &str) -> Signal<Option<&'static str>> {
        let (state, path) = (*self, path.to_owned());
        Signal::derive(move || state.refused.with(|r| r.as_ref().filter(|(p, _)| *p == path).map(|(_, k)| *k)))
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

    /// Shows a notice, once: one of the same kind already shown gives way to it (a
    /// second link followed replaces what was said of the first).
    pub fn notify(&self, notice: Notice) {
        self.notices.update(|n| {
            n.retain(|old| std::mem::discriminant(old) != std::mem::discriminant(&notice));
            n.push(notice);
        });
    }

    /// Stores the scenario shown as the workspace's active entry, dated by its last
    /// edit (not by now: a merge with another tab compares edit times). Call it before
    /// a workspace change that stores the scenario shown itself, which then finds
    /// nothing new to store.
    pub fn store_shown(&self, w: &mut Workspace) {
        w.store(&self.scenario.get_untracked(), self.edited_at.get_value());
    }

    /// Edits another saved scenario: stores the current one and loads `key`.
    pub fn open_scenario(&self, key: &str) {
        let current = self.scenario.get_untracked();
        let mut loaded = None;
        self.workspace.update(|w| {
            self.store_shown(w);
            loaded = w.open(&current, key, crate::platform::files::now());
        });
        if let Some(s) = loaded {
            self.show(s);
        }
    }

    /// Edits `scenario` (the workspace's active one), showing its first option.
    pub fn show(&self, scenario: Scenario) {
        self.line_memory.set_value(LineMemory::default());
        self.edited_at.set_value(crate::platform::files::now());
        self.selected.set(scenario.first_option_id());
        self.scenario.set(scenario);
    }

    /// Changes the option `id`, if it still exists.
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
