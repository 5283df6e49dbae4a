// Sizes of a first visit: every file of dist/ raw, gzip -9 and brotli (max quality),
// and the total of what the browser downloads on a first visit (html + js + wasm + css).
// Usage: node scripts/size-report.mjs [dist]
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const dir = process.argv[2] ?? 'dist';
const BUDGET = 260 * 1024; // the full calculator's first visit, KiB gzip (the developers' guide)
const firstVisit = /\.(html|js|wasm|css)$/;
// Loaded by the pages that embed the calculator, never by the calculator itself.
const hostOnly = new Set(['embed.js']);
// The analysis worker: loaded when the analysis is first opened (precached in the
// background for offline use), never part of the first visit; reported on its own line.
const worker = /^analysis[-_]worker.*\.(js|wasm)$/;
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
        first: firstVisit.test(name) && !hostOnly.has(name) && !worker.test(name),
        worker: worker.test(name),
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
const workerSum = (k) => rows.filter((r) => r.worker).reduce((a, r) => a + r[k], 0);
console.log(`${'analysis worker, on opening (not first visit)'.padEnd(48)} ${kb(workerSum('raw'))} ${kb(workerSum('gzip'))} ${kb(workerSum('brotli'))}`);
const verdict = sum('gzip') <= BUDGET ? 'within' : 'OVER';
console.log(`budget 260 KiB gzip: ${verdict} (${(sum('gzip') / 1024).toFixed(1)} KB)`);
if (sum('gzip') > BUDGET) process.exitCode = 1;
