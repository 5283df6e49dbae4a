// Sizes of a first visit: every file of dist/ raw, gzip -9 and brotli (max quality),
// and the total of what the browser downloads on a first visit (html + js + wasm + css).
// Usage: node scripts/size-report.mjs [dist]
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const dir = process.argv[2] ?? 'dist';
const BUDGET = 250 * 1024;
const firstVisit = /\.(html|js|wasm|css)$/;
// Loaded by the pages that embed the calculator, never by the calculator itself.
const hostOnly = new Set(['embed.js']);
const rows = [];
const walk = (d) => {
  for (const name of readdirSync(d)) {
    const path = join(d, name);
    if (statSync(path).isDirectory()) walk(path);
    else {
      const data = readFileSync(path);
      rows.push({
        file: path.slice(dir.length + 1),
        raw: data.length,
        gzip: gzipSync(data, { level: 9 }).length,
        brotli: brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
        first: firstVisit.test(name) && !hostOnly.has(name),
      });
    }
  }
};
walk(dir);
const kb = (n) => (n / 1024).toFixed(1).padStart(8);
console.log(`${'file'.padEnd(48)} ${'raw KB'.padStart(8)} ${'gzip KB'.padStart(8)} ${'br KB'.padStart(8)}`);
for (const r of rows.sort((a, b) => b.raw - a.raw)) console.log(`${r.file.padEnd(48)} ${kb(r.raw)} ${kb(r.gzip)} ${kb(r.brotli)}`);
const sum = (k) => rows.filter((r) => r.first).reduce((a, r) => a + r[k], 0);
console.log(`${'first visit (html + js + wasm + css)'.padEnd(48)} ${kb(sum('raw'))} ${kb(sum('gzip'))} ${kb(sum('brotli'))}`);
const verdict = sum('gzip') <= BUDGET ? 'within' : 'OVER';
console.log(`budget 250 KB gzip: ${verdict} (${(sum('gzip') / 1024).toFixed(1)} KB)`);
if (sum('gzip') > BUDGET) process.exitCode = 1;
