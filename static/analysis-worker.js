// The analysis worker's entry (README: the analysis worker), a module worker the page
// starts when the analysis is first opened. The build (scripts/post-build.mjs) puts
// the hashed names of the wasm-bindgen JS and wasm in place of the two names below.
//
// Protocol (serde types on both sides: crm_roi::analysis_run::{Request, Message}).
// The page posts {job, lang, json, first} (serde-wasm-bindgen): a job id (higher =
// newer), the language, the scenario file's JSON, the option to compute first. The
// worker answers with the JSON text of each message the Rust side makes
// ('{"quick":{"job":…}}', '{"runs":…}', '{"done":…}'), or 'failed'. A new job cancels the running one: Monte Carlo runs
// in chunks of about CHUNK_MS, and between chunks the worker yields to its event loop
// (a MessageChannel, not setTimeout, which would add 4 ms a chunk), where a newer job
// is seen before the next chunk of the old one.
import init, { installLocale, begin, step } from './analysis_worker.js';

const CHUNK_MS = 40;
let latest = 0; // the newest job received
let running = 0; // the job being computed, 0 when none
const loaded = new Set(['zh-TW']); // compiled in

function failed(error) {
  running = 0;
  console.warn('analysis worker:', error);
  postMessage('failed');
}
const post = (messages) => {
  for (const m of messages) postMessage(m);
  return messages.some((m) => m === 'failed' || m.startsWith('{"done"'));
};

const ready = init({ module_or_path: new URL('./analysis_worker_bg.wasm', import.meta.url) });
ready.catch(failed);

const tick = new MessageChannel();
tick.port1.onmessage = () => {
  const job = running;
  if (!job) return;
  try {
    if (post(step(job, CHUNK_MS))) running = 0;
    else if (running === job) tick.port2.postMessage(0);
  } catch (e) {
    failed(e);
  }
};

addEventListener('message', async (event) => {
  const request = event.data;
  const { job, lang } = request;
  latest = job;
  running = 0;
  try {
    await ready;
    if (!loaded.has(lang)) {
      // The language files lie beside this script (and are precached for offline use).
      const response = await fetch(`./locales/${lang}.txt`);
      if (response.ok) {
        installLocale(lang, await response.text());
        loaded.add(lang);
      }
    }
    if (job !== latest) return; // a newer job came while waiting
    if (post(begin(request))) return;
    running = job;
    tick.port2.postMessage(0);
  } catch (e) {
    failed(e);
  }
});
