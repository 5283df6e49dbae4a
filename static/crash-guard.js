// The last line of defence (README, "Keeping the visitor's work"). Loaded before the
// app, as a plain script allowed by the CSP (script-src 'self'). If the WebAssembly
// traps anyway (a Rust panic is an `unreachable` trap with panic = "abort"), or the
// app cannot start (its script or wasm fails to load or compile), the broken page is
// hidden and made inert, and the visitor reads in their language that something went
// wrong, whether their work up to the last autosave is kept, and a reload button.
// The texts are the crash.* keys of locales/*.txt, written in below by the build
// (scripts/post-build.mjs): none is typed here.
(function () {
  'use strict';
  var TEXT = {/*CRASH_TEXT*/};
  var started = false;
  var shown = false;

  function stored(key) {
    try { return window.localStorage.getItem(key); } catch (e) { return null; }
  }
  function query(name) {
    try { return new URLSearchParams(location.search).get(name); } catch (e) { return null; }
  }
  // One of our language codes, as the app reads `?lang=` and `crm-roi:lang`.
  function code(text) {
    for (var c in TEXT) if (text && c.toLowerCase() === String(text).toLowerCase()) return c;
    return null;
  }
  // A browser language tag, as src/i18n/lang.rs maps it.
  function browser(tag) {
    var p = String(tag || '').toLowerCase().replace(/_/g, '-').split('-');
    if (p[0] === 'en') return 'en';
    if (p[0] !== 'zh') return null;
    return p.slice(1).some(function (x) { return /^(hans|cn|sg|my)$/.test(x); }) ? 'zh-CN' : 'zh-TW';
  }
  // The page's language: the app's, once it runs (it sets <html lang> and <main>);
  // before that the app's rule: ?lang=, the visitor's choice, the browser's.
  function language() {
    var l = document.getElementById('main') && code(document.documentElement.lang);
    l = l || code(query('lang')) || code(stored('crm-roi:lang'));
    var tags = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language];
    for (var i = 0; !l && i < tags.length; i++) l = browser(tags[i]);
    return l || 'zh-TW';
  }

  function show() {
    if (shown) return;
    if (!document.body) { addEventListener('DOMContentLoaded', show); return; }
    shown = true;
    var lang = language();
    var t = TEXT[lang];
    var root = document.documentElement;
    var theme = query('theme');
    if (!root.dataset.theme && (theme === 'light' || theme === 'dark')) root.dataset.theme = theme;
    if (query('embed') === '1') root.classList.add('embed');
    root.lang = lang;
    root.classList.add('crashed');
    var kids = document.body.children;
    for (var i = 0; i < kids.length; i++) kids[i].inert = true;
    var box = document.createElement('div');
    box.className = 'crash-guard';
    box.setAttribute('role', 'alert');
    box.setAttribute('data-testid', 'crash-guard');
    var title = document.createElement('h2');
    title.textContent = t.title;
    var text = document.createElement('p');
    text.textContent = stored('crm-roi:workspace') ? t.kept : t.not_kept;
    var button = document.createElement('button');
    button.type = 'button';
    button.className = 'primary';
    button.setAttribute('data-testid', 'crash-reload');
    button.textContent = t.reload;
    button.addEventListener('click', function () { location.reload(); });
    box.append(title, text, button);
    document.body.prepend(box);
    button.focus();
  }

  function wasmError(e) {
    return typeof WebAssembly === 'object' && e instanceof Error &&
      (e instanceof WebAssembly.RuntimeError || e instanceof WebAssembly.CompileError || e instanceof WebAssembly.LinkError);
  }
  // Trunk's start-up script announces a started app; until then any error of the
  // page's own scripts means the app could not start.
  addEventListener('TrunkApplicationStarted', function () { started = true; });
  addEventListener('error', function (e) {
    var el = e.target;
    if (el && el.tagName === 'SCRIPT') show(); // a script of the app failed to load
    else if (wasmError(e.error) || (!started && String(e.filename).indexOf(location.origin) === 0)) show();
  }, true);
  addEventListener('unhandledrejection', function (e) {
    if (wasmError(e.reason) || !started) show();
  });
})();
