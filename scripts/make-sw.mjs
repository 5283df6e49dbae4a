// Trunk post-build hook: writes dist/sw.js, the service worker, with the list of every
// file of this build (generated, never written by hand) and a version derived from
// their contents, so a new build is a new cache and old caches are removed.
// Usage: node scripts/make-sw.mjs <dist> (Trunk runs it with TRUNK_STAGING_DIR).
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR ?? 'dist';
const files = [];
const walk = (d) => {
  for (const name of readdirSync(d).sort()) {
    const path = join(d, name);
    if (statSync(path).isDirectory()) walk(path);
    else if (name !== 'sw.js') files.push(relative(dir, path).split('\\').join('/'));
  }
};
walk(dir);
const hash = createHash('sha256');
for (const f of files) hash.update(f).update(readFileSync(join(dir, f)));
const version = hash.digest('hex').slice(0, 16);
const template = readFileSync(new URL('../web/sw-template.js', import.meta.url), 'utf8');
const sw = template
  .replace('__VERSION__', version)
  .replace('__FILES__', JSON.stringify(['./', ...files.map((f) => `./${f}`)], null, 2));
writeFileSync(join(dir, 'sw.js'), sw);
console.log(`sw.js: ${files.length} files, version ${version}`);
