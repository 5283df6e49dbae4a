//! The analysis worker from the page's side (README: the analysis worker): started on
//! the first job, which happens when the visitor first opens the analysis, so the
//! worker's files are never part of the first visit. Its entry's hashed name comes
//! from `<meta name="crm-roi-analysis-worker">` (written by scripts/post-build.mjs).
//!
//! A failure (the files cannot be loaded, or the worker stops with an error) is
//! reported as a `failed` message and kept away from the page's error handlers (the
//! crash guard is for the app itself); the next job starts a new worker.

use crate::analysis_run::Message;
use js_sys::Reflect;
use wasm_bindgen::prelude::*;

#[wasm_bindgen(inline_js = r#"
let worker = null;
// What arrives within one frame is handed over at once, before the next paint: one
// redraw per frame however often the worker reports, so typing never waits behind it.
let queue = [];
export function analysisPost(job, lang, json, first, onMessage) {
  if (!worker) {
    const deliver = (m) => {
      if (queue.push(m) > 1) return;
      requestAnimationFrame(() => { const all = queue; queue = []; all.forEach(onMessage); });
    };
    const failed = () => { if (worker) worker.terminate(); worker = null; deliver({ kind: 'failed' }); };
    try {
      const meta = document.querySelector('meta[name="crm-roi-analysis-worker"]');
      worker = new Worker(new URL(meta.content, document.baseURI), { type: 'module' });
    } catch (e) { failed(); return; }
    worker.onmessage = (e) => { if (e.data && e.data.kind === 'failed') failed(); else deliver(e.data); };
    worker.onerror = (e) => { e.preventDefault(); failed(); };
    worker.onmessageerror = failed;
  }
  worker.postMessage({ job, lang, json, first });
}
"#)]
extern "C" {
    #[wasm_bindgen(js_name = analysisPost)]
    fn analysis_post(job: u32, lang: &str, json: &str, first: &str, on_message: &js_sys::Function);
}

fn get(m: &JsValue, key: &str) -> JsValue {
    Reflect::get(m, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
}

/// A worker message as the page's [`Message`]; an unknown one is `None`.
fn read(m: &JsValue) -> Option<Message> {
    let text = |k| get(m, k).as_string().unwrap_or_default();
    let number = |k| get(m, k).as_f64().map_or(0, |n| n as u32);
    let job = number("job");
    Some(match get(m, "kind").as_string()?.as_str() {
        "quick" => Message::Quick { job, option: text("option"), html: text("html") },
        "runs" => Message::Runs { job, option: text("option"), html: text("html"), runs: number("runs"), total: number("total") },
        "done" => Message::Done { job, csv: text("csv") },
        _ => Message::Failed,
    })
}

thread_local! {
    static HANDLER: std::cell::OnceCell<js_sys::Function> = const { std::cell::OnceCell::new() };
}

/// Posts job `job` (the scenario file's `json`, option `first` first) to the worker,
/// starting it if needed; `on_message` gets what comes back. The first call's
/// `on_message` is kept for the page's life (there is one analysis panel).
pub fn post(job: u32, lang: &str, json: &str, first: &str, on_message: impl Fn(Message) + 'static) {
    let handler = HANDLER.with(|h| {
        h.get_or_init(|| {
            let callback = Closure::<dyn Fn(JsValue)>::new(move |m: JsValue| {
                if let Some(message) = read(&m) {
                    on_message(message);
                }
            });
            callback.into_js_value().unchecked_into()
        })
        .clone()
    });
    analysis_post(job, lang, json, first, &handler);
}
