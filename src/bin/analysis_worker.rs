//! The analysis worker (README: the analysis worker): the engine's analysis of
//! model.md §3a in a Web Worker, built by Trunk as a second binary without the
//! `app` feature (no Leptos) and started by the page only when the analysis is first
//! opened. Its JavaScript entry (static/analysis-worker.js) receives the page's jobs
//! and calls [`begin`] and [`step`]; the work itself is `crm_roi::analysis_job`.

// No unwrap/expect: a panic aborts the page or the worker (see lib.rs).
#![cfg_attr(not(test), deny(clippy::unwrap_used, clippy::expect_used))]

#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static TALC: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

#[cfg(target_arch = "wasm32")]
mod worker {
    use crm_roi::analysis_job::{Job, Out};
    use crm_roi::analysis_run::{Message, Request};
    use crm_roi::i18n::{self, Lang};
    use crm_roi::model::scenario_file;
    use crm_roi::platform::intl;
    use crm_roi::render::{Ctx, Style};
    use js_sys::Array;
    use rust_decimal::Decimal;
    use std::cell::RefCell;
    use wasm_bindgen::prelude::*;

    struct Current {
        id: u32,
        lang: Lang,
        job: Job,
    }

    thread_local! {
        static CURRENT: RefCell<Option<Current>> = const { RefCell::new(None) };
    }

    /// A message for the page: the JSON text of a [`Message`] (`{"quick": {"job": …,
    /// "option": …, "html": …}}` …), written through serde-wasm-bindgen and
    /// `JSON.stringify` (`json::ser`); the page reads it with the app's deserializer.
    fn message(id: u32, out: Out) -> JsValue {
        JsValue::from_str(&crm_roi::json::ser::to_string(&Message::of(id, out)))
    }

    fn now() -> f64 {
        js_sys::Date::now()
    }

    /// Runs the current job `id` for about `budget_ms`; the messages to send.
    fn run(id: u32, budget_ms: f64) -> Array {
        let messages = Array::new();
        CURRENT.with(|c| {
            let mut current = c.borrow_mut();
            let Some(cur) = current.as_mut().filter(|cur| cur.id == id) else { return };
            let lang = cur.lang;
            let currency = cur.job.currency().to_owned();
            let fmt = move |style: Style, v: &Decimal| intl::format(lang, &currency, style, v);
            let ctx = Ctx { lang, fmt: &fmt };
            let until = now() + budget_ms;
            for out in cur.job.step(&ctx, || now() < until) {
                messages.push(&message(id, out));
            }
        });
        messages
    }

    /// Installs the text of a language fetched by the entry (`./locales/<code>.txt`).
    #[wasm_bindgen(js_name = installLocale)]
    pub fn install_locale(code: &str, text: String) {
        if let Some(lang) = Lang::from_code(code) {
            i18n::install(lang, text);
        }
    }

    /// Starts the page's job (a [`Request`], replacing any other): the scenario file's
    /// JSON in its language, its option `first` first; returns the first messages (a
    /// scenario that cannot be read gives a `done` with nothing: the page shows its own
    /// message for it).
    #[wasm_bindgen]
    pub fn begin(request: JsValue) -> Array {
        let Ok(Request { job: id, lang, json, first }) = serde_wasm_bindgen::from_value::<Request>(request) else {
            return Array::of1(&JsValue::from_str("failed"));
        };
        let lang = Lang::from_code(&lang).filter(|l| i18n::is_loaded(*l)).unwrap_or(Lang::ZhTw);
        match scenario_file::read(&json) {
            Ok(scenario) => {
                let job = Job::with_app_runs(scenario, &first);
                CURRENT.with(|c| *c.borrow_mut() = Some(Current { id, lang, job }));
                run(id, 0.0)
            }
            Err(_) => {
                CURRENT.with(|c| *c.borrow_mut() = None);
                Array::of1(&message(id, Out::Done { csv: String::new() }))
            }
        }
    }

    /// Works on job `id` for about `budget_ms` milliseconds; the messages to send (the
    /// last is `done` when the job is complete). Nothing if `id` is not the current job.
    #[wasm_bindgen]
    pub fn step(id: u32, budget_ms: f64) -> Array {
        run(id, budget_ms)
    }
}

fn main() {
    #[cfg(not(target_arch = "wasm32"))]
    eprintln!("analysis_worker runs in the browser: it is built by `make dist` (index.html).");
}
