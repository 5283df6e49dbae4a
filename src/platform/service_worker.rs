//! Offline use: registers the service worker that the build generates (`sw.js`,
//! listing every file of the build; see scripts/service-worker.mjs), and tells the app
//! when a new version is installed and waiting.
//!
//! A new version never takes over under the visitor's hands: the waiting worker only
//! activates when the visitor chooses "reload" in the notice ([`apply_update`]), and
//! the page then reloads once it controls it. Registration fails quietly where service
//! workers are not allowed (a sandboxed frame, `trunk serve` without `sw.js`): the
//! app works the same, only not offline.

use wasm_bindgen::prelude::*;

#[wasm_bindgen(inline_js = r#"
let waiting = null;
// Reading navigator.serviceWorker throws in a sandboxed frame without allow-same-origin.
const workers = () => { try { return navigator.serviceWorker; } catch (e) { return undefined; } };
export function watchUpdates(onWaiting) {
  const container = workers();
  if (!container || !window.isSecureContext) return;
  const offer = (worker) => {
    // Without a controller this is the first install, not an update.
    if (worker && container.controller) { waiting = worker; onWaiting(); }
  };
  // A worker still installing when the page looks (the update was found before the
  // listener below existed) is followed too.
  const follow = (worker) => {
    if (worker) worker.addEventListener('statechange', () => { if (worker.state === 'installed') offer(worker); });
  };
  container.register('./sw.js').then((registration) => {
    if (!registration) return; // (browsers or tests that block service workers)
    offer(registration.waiting);
    follow(registration.installing);
    registration.addEventListener('updatefound', () => follow(registration.installing));
    // A page left open for days still learns of a new version when it is looked at again.
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'visible') registration.update().catch(() => {});
    });
  }, () => {});
}
export function applyUpdate() {
  const container = workers();
  if (!container || !waiting) { location.reload(); return; }
  container.addEventListener('controllerchange', () => location.reload(), { once: true });
  waiting.postMessage({ type: 'crm-roi:skip-waiting' });
}
"#)]
extern "C" {
    #[wasm_bindgen(js_name = watchUpdates)]
    fn watch_updates(on_waiting: &js_sys::Function);
    #[wasm_bindgen(js_name = applyUpdate)]
    fn apply_update_js();
}

/// Registers the service worker; `on_update` runs when a new version is waiting.
pub fn register(on_update: impl Fn() + 'static) {
    let callback = Closure::<dyn Fn()>::new(on_update);
    watch_updates(callback.as_ref().unchecked_ref());
    // Lives as long as the page: the worker may report an update at any time.
    callback.forget();
}

/// Activates the waiting version and reloads the page when it has taken over.
pub fn apply_update() {
    apply_update_js();
}
