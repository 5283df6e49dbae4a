//! The analysis worker from the page's side (README: the analysis worker): started on
//! the first job, which happens when the visitor first opens the analysis, so the
//! worker's files are never part of the first visit. Its entry's hashed name comes
//! from `<meta name="crm-roi-analysis-worker">` (written by scripts/post-build.mjs).
//!
//! A failure (the files cannot be loaded, or the worker stops with an error) is
//! reported as a `failed` message and kept away from the page's error handlers (the
//! crash guard is for the app itself); the next job starts a new worker.

use crate::analysis_run::{Message, Request};
use wasm_bindgen::prelude::*;

#[wasm_bindgen(inline_js = r#"
let worker = null;
// What arrives within one frame is handed over at once, before the next paint: one
// redraw per frame however often the worker reports, so typing never waits behind it.
let queue = [];
export function analysisPost(request, onMessage) {
  if (!worker) {
    const deliver = (m) => {
      if (queue.push(m) > 1) return;
      requestAnimationFrame(() => { const all = queue; queue = []; all.forEach(onMessage); });
    };
    const failed = () => { if (worker) worker.terminate(); worker = null; deliver('failed'); };
    try {
      const meta = document.querySelector('meta[name="crm-roi-analysis-worker"]');
      worker = new Worker(new URL(meta.content, document.baseURI), { type: 'module' });
    } catch (e) { failed(); return; }
    worker.onmessage = (e) => { if (e.data === 'failed') failed(); else deliver(e.data); };
    worker.onerror = (e) => { e.preventDefault(); failed(); };
    worker.onmessageerror = failed;
  }
  worker.postMessage(request);
}
"#)]
extern "C" {
    #[wasm_bindgen(js_name = analysisPost)]
    fn analysis_post(request: JsValue, on_message: &js_sys::Function);
}

/// A worker message (the JSON text of a [`Message`]) as the page's [`Message`]; one
/// that cannot be read is a failure. Read by the app's own deserializer rather than
/// serde-wasm-bindgen's, whose error messages format floats and debug-print values:
/// that code alone was 12 KB gzip of the page's wasm (README, "serde for the formats").
fn read(m: JsValue) -> Message {
    m.as_string()
        .and_then(|text| crate::json::parse(&text).ok())
        .and_then(|value| crate::json::de::from_value(&value).ok())
        .unwrap_or(Message::Failed)
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
            let callback = Closure::<dyn Fn(JsValue)>::new(move |m: JsValue| on_message(read(m)));
            callback.into_js_value().unchecked_into()
        })
        .clone()
    });
    let request = Request { job, lang: lang.to_owned(), json: json.to_owned(), first: first.to_owned() };
    if let Ok(request) = serde_wasm_bindgen::to_value(&request) {
        analysis_post(request, &handler);
    }
}
