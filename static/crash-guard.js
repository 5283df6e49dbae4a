// The last line of defence (README, "Keeping the visitor's work"). Loaded before the
// app, as a plain script allowed by the CSP (script-src 'self'). If the WebAssembly
// traps anyway (a Rust panic is an `unreachable` trap with panic = "abort"), or the
// app cannot start (its script or wasm fails to load or compile), the broken page is
// hidden and made inert, and the visitor reads in their language that something went
// wrong, whether their work up to the last autosave is kept, and gets a reload button.
// The texts are the crash.* keys of locales/*.txt, written in below by the build
// (scripts/post-build.mjs): none is typed here. Kept small: it is in every first visit.
(function () {
  'use strict';
  var TEXT = {/*CRASH_TEXT*/};
  var started = false;
  var shown = false;
  var root = document.documentElement;

  function stored(key) {
    try { return localStorage.getItem(key); } catch (e) { return null; }
  }
  function query(name) {
    return new URLSearchParams(location.search).get(name);
  }
  // One of our language codes, as the app reads `?lang=` and `crm-roi:lang`.
  function code(text) {
    for (var c in TEXT) if (c.toLowerCase() === String(text).toLowerCase()) return c;
  }
  // The page's language: the one shown once the app runs (<main> is there and
  // <html lang> is the app's), before that the app's rule (src/app.rs, i18n/lang.rs):
  // ?lang=, the visitor's choice, the browser's (Simplified for Hans/CN/SG/MY), zh-TW.
  function language() {
    var l = (document.getElementById('main') && code(root.lang)) || code(query('lang')) || code(stored('crm-roi:lang'));
    var tags = navigator.languages.length ? navigator.languages : [navigator.language];
    for (var i = 0; !l && i < tags.length; i++) {
      var p = tags[i].toLowerCase().replace(/_/g, '-').split('-');
      if (p[0] === 'en') l = 'en';
      else if (p[0] === 'zh') l = /-(hans|cn|sg|my)(-|$)/.test('-' + p.slice(1).join('-')) ? 'zh-CN' : 'zh-TW';
    }
    return l || 'zh-TW';
  }

  function show() {
    if (shown) return;
    if (!document.body) return addEventListener('DOMContentLoaded', show);
    shown = true;
    var lang = language();
    var t = TEXT[lang];
    var theme = query('theme');
    if (/^(light|dark)$/.test(theme)) root.dataset.theme = theme;
    root.lang = lang;
    root.classList.add('crashed');
    for (var kids = document.body.children, i = 0; i < kids.length; i++) kids[i].inert = true;
    document.body.insertAdjacentHTML('afterbegin', '<div class="crash-guard" role="alert" data-testid="crash-guard">' +
      '<h2></h2><p></p><button type="button" class="primary" data-testid="crash-reload"></button></div>');
    var box = document.body.firstChild.children;
    box[0].textContent = t.title;
    box[1].textContent = stored('crm-roi:workspace') ? t.kept : t.not_kept;
    var button = box[2];
    button.textContent = t.reload;
    button.onclick = function () { location.reload(); };
    button.focus();
  }

  // The visit's translation file, asked for now, beside the wasm rather than after it
  // (src/platform/locale_files.rs fetches the same URL once the app runs, and gets
  // this response). zh-TW is compiled into the wasm; the app's rule picks the language.
  (function preloadText() {
    var lang = language();
    if (lang === 'zh-TW' || !document.head) return;
    var link = document.createElement('link');
    link.rel = 'preload';
    link.as = 'fetch';
    link.crossOrigin = 'anonymous';
    link.href = './locales/' + lang + '.txt';
    document.head.appendChild(link);
  })();

  function wasmError(e) {
    return e instanceof Error && /^(Runtime|Compile|Link)Error$/.test(e.name);
  }
  // Trunk's start-up script announces the started app; until then an error of the
  // page's own scripts, or a failed promise, means it could not start.
  addEventListener('TrunkApplicationStarted', function () { started = true; });
  addEventListener('error', function (e) {
    if ((e.target && e.target.tagName === 'SCRIPT') || wasmError(e.error) ||
        (!started && String(e.filename).indexOf(location.origin) === 0)) show();
  }, true);
  addEventListener('unhandledrejection', function (e) {
    if (!started || wasmError(e.reason)) show();
  });
})();
