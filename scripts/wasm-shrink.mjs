// The release build's wasm-opt run, done by the post_build hook rather than by Trunk
// (index.html sets data-wasm-opt="0"), because it changes the wasm's import and
// export names and the wasm-bindgen JS must be changed to match:
//
// 1. exports that nothing calls are removed before optimising, so their code goes too:
//    wasm-streams' IntoUnderlying* classes (Leptos always links server_fn's browser
//    streams; this app has no server functions), with their JS classes;
// 2. `-Oz` with `--low-memory-unused` (Rust's wasm never uses the first 1 KB of memory:
//    the stack starts 1 MB up and grows down, data lies above it) and `--converge`;
// 3. the functions are ordered so that similar ones are neighbours, which compresses
//    better (scripts/wasm-order.mjs);
// 4. every import and export name and the import modules are shortened
//    (`__wbg_setAttribute_2f5b…` → `Mb`): wasm-bindgen's names carry a hash that gzip
//    cannot compress, and each is written in the wasm and again in the JS. The JS is
//    rewritten from the mapping wasm-opt prints and then checked: every `wasm.<export>`
//    it calls exists, and every import the wasm asks for is given.
//
// Measured effects are in README.md, "Wasm size".
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { nameFunctionsByShape } from './wasm-order.mjs';

const LOCAL_WASM_OPT = fileURLToPath(new URL('../node_modules/.bin/wasm-opt', import.meta.url));
const FEATURES = ['--enable-bulk-memory', '--enable-nontrapping-float-to-int', '--enable-sign-ext', '--enable-mutable-globals'];
/** Exports removed before optimising (a wasm-opt wildcard)… */
const UNUSED_EXPORTS = '*intounderlying*';
/** …and the JS classes that call them. */
const UNUSED_CLASSES = /^IntoUnderlying\w*$/;

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const fail = (message) => {
  throw new Error(`wasm-shrink: ${message}`);
};

/** Removes `export class Name {…}`, its Symbol.dispose line and its finalization registry. */
function dropClass(js, name) {
  const start = js.indexOf(`export class ${name} {`);
  const end = js.indexOf('\n}\n', start);
  if (start < 0 || end < 0) fail(`class ${name} not found`);
  js = js.slice(0, start) + js.slice(end + 3);
  js = js.replace(`if (Symbol.dispose) ${name}.prototype[Symbol.dispose] = ${name}.prototype.free;\n`, '');
  return js.replace(new RegExp(`const ${name}Finalization = [^;]*;\\n`), '');
}

/**
 * Optimises the wasm at `wasmPath` in place; returns the wasm-bindgen JS `js` rewritten
 * to match. `level`: `-Oz` for the page (size), `-O3` for the analysis worker (speed).
 */
export function shrinkWasm(wasmPath, js, level = '-Oz') {
  const wasmOpt = existsSync(LOCAL_WASM_OPT) ? LOCAL_WASM_OPT : 'wasm-opt';
  const run = (...args) => execFileSync(wasmOpt, [wasmPath, '-o', wasmPath, ...FEATURES, ...args], { encoding: 'utf8', maxBuffer: 64 << 20 });
  run('--remove-exports', `--pass-arg=remove-exports@${UNUSED_EXPORTS}`, level, '--low-memory-unused', '--converge', '--strip-debug', '--strip-producers');
  nameFunctionsByShape(wasmPath);
  run('--reorder-functions-by-name', '--strip-debug');
  // On its own: `--converge` repeats every pass given with it.
  const printed = run('--minify-imports-and-exports-and-modules');
  const { imports, exports } = JSON.parse(printed);
  const module = new WebAssembly.Module(readFileSync(wasmPath));
  const wanted = WebAssembly.Module.imports(module);
  const modules = new Set(wanted.map((i) => i.module));
  if (modules.size !== 1) fail(`expected one import module, found ${[...modules].join(', ')}`);
  const [newModule] = modules;

  for (const m of [...js.matchAll(/^export class (\w+) \{/gm)]) {
    if (UNUSED_CLASSES.test(m[1])) js = dropClass(js, m[1]);
  }

  // Exports: the JS calls them as `wasm.<name>`.
  for (const [from, to] of exports) {
    js = js.replace(new RegExp(`(?<![\\w$])wasm\\.${escape(from)}(?![\\w$])`, 'g'), () => `wasm.${to}`);
  }

  // Imports. wasm-bindgen's own are the members `<name>: function(…)` of `import0`; a
  // snippet's are the exports of the module it imports as `importN`. They now all come
  // from one module: import0 under the new names, with the snippets' functions added.
  const block = /^(\s*)return \{\n\s*__proto__: null,\n((?:\s*"[^"]+": import\d+,\n)+)\s*\};\n/m;
  const returned = js.match(block) ?? fail('the imports object was not found');
  const variables = new Map([...returned[2].matchAll(/"([^"]+)": (import\d+),/g)].map((m) => [m[1], m[2]]));
  const added = [];
  for (const [from, base, to] of imports) {
    const variable = variables.get(from) ?? fail(`import module ${from} not in the JS`);
    if (variable === 'import0') {
      const member = new RegExp(`^(\\s*)${escape(base)}: function\\(`, 'm');
      if (!member.test(js)) fail(`import ${base} not in the JS`);
      js = js.replace(member, (_, indent) => `${indent}${JSON.stringify(to)}: function(`);
    } else {
      added.push(`${JSON.stringify(to)}: ${variable}.${base}`);
    }
  }
  js = js.replace(block, (_, indent) =>
    `${indent}return { __proto__: null, ${JSON.stringify(newModule)}: Object.assign(import0, { ${added.join(', ')} }) };\n`);

  // Checks: every export the JS calls exists; every import the wasm wants is given.
  const exported = new Set(WebAssembly.Module.exports(module).map((e) => e.name));
  for (const m of js.matchAll(/(?<![\w$])wasm\.([\w$]+)/g)) {
    if (!exported.has(m[1])) fail(`the JS calls wasm.${m[1]}, which the wasm does not export`);
  }
  for (const { name } of wanted) {
    const given = js.includes(`${JSON.stringify(name)}: function(`) || added.some((a) => a.startsWith(`${JSON.stringify(name)}:`));
    if (!given) fail(`the wasm imports ${name}, which the JS does not give`);
  }
  return js;
}
