// Trunk post_build hook; runs in Trunk's staging directory (TRUNK_STAGING_DIR).
//
// Every build: write the crash.* texts of locales/*.txt into the crash guard
// (static/crash-guard.js), so its texts have one source like every other.
//
// Release builds:
// 0. optimise the wasm and shorten its import/export names, rewriting wasm-bindgen's JS
//    to match (scripts/wasm-shrink.mjs; Trunk's own wasm-opt run is off in index.html);
// 1. minify the JavaScript that Trunk's own minifier cannot parse (wasm-bindgen's
//    `export default`, the snippets under snippets/) and write the new
//    subresource-integrity hashes into index.html;
// 2. fill the Content-Security-Policy with the hash of each inline script (Trunk's
//    start-up script), so no 'unsafe-inline' is needed, and write it as a header line
//    too (csp-header.txt);
// 3. generate the service worker from the final files (scripts/service-worker.mjs).
// Every build, before those: give the analysis worker (README: the analysis worker;
// Trunk builds it with fixed names) hashed names, point its entry
// (static/analysis-worker.js) at them and write the entry's name into index.html
// (release: wasm-opt -O3 for speed and terser first).
// Debug builds (trunk serve) drop the CSP tag: the live-reload script would break it.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { minify } from 'terser';
import { writeServiceWorker } from './service-worker.mjs';
import { shrinkWasm } from './wasm-shrink.mjs';

const dir = process.env.TRUNK_STAGING_DIR ?? process.argv[2] ?? 'dist';
const release = !process.env.TRUNK_PROFILE || process.env.TRUNK_PROFILE === 'release';
const CSP_TAG = /<meta[^>]*http-equiv="?Content-Security-Policy"?[^>]*>/i;
const PLACEHOLDER = 'INLINE_SCRIPT_HASHES';

const digest = (algorithm, data) => `${algorithm}-${createHash(algorithm).update(data).digest('base64')}`;
let html = readFileSync(join(dir, 'index.html'), 'utf8');

// The crash guard's texts: the crash.* keys of each language, read as the app reads
// its tables (`key = value`, `#` comments); a missing key fails the build.
const CRASH_KEYS = ['title', 'kept', 'not_kept', 'reload'];
const LANGS = ['zh-TW', 'zh-CN', 'en'];
const locales = new URL('../locales/', import.meta.url);
const crashText = Object.fromEntries(LANGS.map((lang) => {
  const table = new Map(readFileSync(new URL(`${lang}.txt`, locales), 'utf8').split('\n')
    .map((l) => l.trim()).filter((l) => l && !l.startsWith('#') && l.includes('='))
    .map((l) => [l.slice(0, l.indexOf('=')).trim(), l.slice(l.indexOf('=') + 1).trim()]));
  return [lang, Object.fromEntries(CRASH_KEYS.map((k) => {
    const value = table.get(`crash.${k}`);
    if (!value) throw new Error(`locales/${lang}.txt has no crash.${k}`);
    return [k, value];
  }))];
}));
const guards = readdirSync(dir).filter((f) => /^crash-guard.*\.js$/.test(f));
if (guards.length !== 1) throw new Error(`expected one crash-guard*.js in ${dir}, found ${guards.length}`);
for (const name of guards) {
  const source = readFileSync(join(dir, name), 'utf8');
  const PLACE = '{/*CRASH_TEXT*/}';
  if (!source.includes(PLACE)) throw new Error(`${name} has no ${PLACE}`);
  const code = source.replace(PLACE, JSON.stringify(crashText));
  html = html.split(digest('sha384', source)).join(digest('sha384', code));
  writeFileSync(join(dir, name), code);
}

// The analysis worker: `analysis_worker.js` + `analysis_worker_bg.wasm` (wasm-bindgen,
// target web) and its entry `analysis-worker.js`, which imports them. Each gets the
// hash of its final contents in its name; the page finds the entry through
// <meta name="crm-roi-analysis-worker"> and loads it only when the analysis is opened.
const WORKER = 'analysis_worker';
const WORKER_ENTRY = 'analysis-worker.js';
// (Trunk's HTML minifier may drop the quotes and reorder the attributes.)
const WORKER_META = /<meta\b[^>]*\bname="?crm-roi-analysis-worker(?=["\s>])[^>]*>/;
{
  const wasm = join(dir, `${WORKER}_bg.wasm`);
  const js = join(dir, `${WORKER}.js`);
  const entry = join(dir, WORKER_ENTRY);
  for (const f of [wasm, js, entry]) if (!existsSync(f)) throw new Error(`the analysis worker's ${f} is missing`);
  const shortHash = (data) => createHash('sha256').update(data).digest('hex').slice(0, 16);
  const squeeze = async (code) => {
    if (!release) return code;
    const out = (await minify(code, { module: true, compress: { passes: 2 }, mangle: true })).code;
    if (!out) throw new Error('terser returned nothing for the analysis worker');
    return out;
  };
  let bindgen = readFileSync(js, 'utf8');
  if (release) bindgen = shrinkWasm(wasm, bindgen, '-O3');
  bindgen = await squeeze(bindgen);
  const wasmName = `${WORKER}-${shortHash(readFileSync(wasm))}_bg.wasm`;
  writeFileSync(join(dir, wasmName), readFileSync(wasm));
  const jsName = `${WORKER}-${shortHash(bindgen)}.js`;
  writeFileSync(join(dir, jsName), bindgen);
  let start = readFileSync(entry, 'utf8');
  for (const [from, to] of [[`./${WORKER}.js`, `./${jsName}`], [`./${WORKER}_bg.wasm`, `./${wasmName}`]]) {
    if (!start.includes(`'${from}'`)) throw new Error(`${WORKER_ENTRY} does not name '${from}'`);
    start = start.replace(`'${from}'`, `'${to}'`);
  }
  start = await squeeze(start);
  const entryName = `analysis-worker-${shortHash(start)}.js`;
  writeFileSync(join(dir, entryName), start);
  for (const f of [wasm, js, entry]) unlinkSync(f);
  if (!WORKER_META.test(html)) throw new Error('index.html has no <meta name="crm-roi-analysis-worker">');
  html = html.replace(WORKER_META, `<meta name="crm-roi-analysis-worker" content="./${entryName}">`);
  console.log(`analysis worker: ${entryName}, ${jsName}, ${wasmName}`);
}
const isWorkerFile = (name) => name.startsWith(WORKER) || name.startsWith('analysis-worker');

if (!release) {
  writeFileSync(join(dir, 'index.html'), html.replace(CSP_TAG, ''));
  process.exit(0);
}

const walk = (d) => readdirSync(d).flatMap((f) => (statSync(join(d, f)).isDirectory() ? walk(join(d, f)) : [join(d, f)]));
const files = walk(dir);

// The wasm and its wasm-bindgen JS (`<name>_bg.wasm` and `<name>.js`).
const wasmPath = files.find((f) => f.endsWith('_bg.wasm') && !isWorkerFile(relative(dir, f)));
if (!wasmPath) throw new Error('no _bg.wasm in the build');
const bindgenPath = wasmPath.replace(/_bg\.wasm$/, '.js');
const wasmBefore = readFileSync(wasmPath);
const shrunk = shrinkWasm(wasmPath, readFileSync(bindgenPath, 'utf8'));
const wasmAfter = readFileSync(wasmPath);
html = html.split(digest('sha384', wasmBefore)).join(digest('sha384', wasmAfter));
console.log(`wasm-opt: ${wasmBefore.length} → ${wasmAfter.length} bytes`);

for (const path of files.filter((f) => f.endsWith('.js') && !isWorkerFile(relative(dir, f)))) {
  const name = relative(dir, path);
  const source = readFileSync(path, 'utf8');
  const input = path === bindgenPath ? shrunk : source;
  // The host script (embed.js) and the crash guard are classic scripts: their top
  // level must stay as it is.
  const module = name !== 'embed.js' && !name.startsWith('crash-guard');
  const { code } = await minify(input, { module, compress: { passes: 2 }, mangle: true });
  if (!code) throw new Error(`terser returned nothing for ${name}`);
  html = html.split(digest('sha384', source)).join(digest('sha384', code));
  writeFileSync(path, code);
  console.log(`minified ${name}: ${source.length} → ${code.length} bytes`);
}

const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi)].map((m) => m[1]);
const hashes = inline.map((code) => `'${digest('sha256', code)}'`).join(' ');
if (!html.includes(PLACEHOLDER)) throw new Error(`index.html has no ${PLACEHOLDER} in its CSP`);
html = html.replace(PLACEHOLDER, hashes);
writeFileSync(join(dir, 'index.html'), html);
console.log(`CSP: ${inline.length} inline script(s) allowed by hash`);
// The same policy as an HTTP header line for the server, where frame-ancestors works
// (a meta tag ignores it). The hash changes with every build (the inline script names
// the hashed files), so the line is written here rather than copied by hand.
const policy = html.match(CSP_TAG)?.[0].match(/content="([^"]*)"/)?.[1];
if (!policy) throw new Error('no CSP content in index.html');
writeFileSync(join(dir, 'csp-header.txt'), `Content-Security-Policy: ${policy}; frame-ancestors *\n`);

const sw = writeServiceWorker(dir);
console.log(`sw.js: version ${sw.version}, ${sw.files} files precached`);
