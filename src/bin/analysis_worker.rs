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
    use crm_roi::i18n::{self, Lang};
    use crm_roi::model::scenario_file;
    use crm_roi::platform::intl;
    use crm_roi::render::{Ctx, Style};
    use js_sys::{Array, Object, Reflect};
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

    fn set(obj: &Object, key: &str, value: &JsValue) {
        // Setting a property on a fresh plain object cannot fail.
        let _ = Reflect::set(obj, &JsValue::from_str(key), value);
    }

    /// A message for the page: `{kind, job, option, html, runs, total, csv}`.
    fn message(id: u32, out: Out) -> JsValue {
        let m = Object::new();
        set(&m, "job", &JsValue::from(id));
        let text = |s: String| JsValue::from(s);
        match out {
            Out::Quick { option, html } => {
                set(&m, "kind", &"quick".into());
                set(&m, "option", &text(option));
                set(&m, "html", &text(html));
            }
            Out::Runs { option, html, runs, total } => {
                set(&m, "kind", &"runs".into());
                set(&m, "option", &text(option));
                set(&m, "html", &text(html));
                set(&m, "runs", &JsValue::from(runs));
                set(&m, "total", &JsValue::from(total));
            }
            Out::Done { csv } => {
                set(&m, "kind", &"done".into());
                set(&m, "csv", &text(csv));
            }
        }
        m.into()
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

    /// Starts job `id` (replacing any other) for the scenario file `json` in `lang`,
    /// option `first` first; returns the first messages (a scenario that cannot be read
    /// gives a `done` with nothing: the page shows its own message for it).
    #[wasm_bindgen]
    pub fn begin(id: u32, lang: &str, json: &str, first: &str) -> Array {
        let lang = Lang::from_code(lang).filter(|l| i18n::is_loaded(*l)).unwrap_or(Lang::ZhTw);
        match scenario_file::read(json) {
            Ok(scenario) => {
                let job = Job::with_app_runs(scenario, first);
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
