// Trunk post-build hook (release builds): minifies the wasm-bindgen JavaScript, which
// Trunk's own minifier cannot parse (`export default`), and writes its new
// subresource-integrity hash into index.html so the browser still accepts it.
// Runs in Trunk's staging directory (TRUNK_STAGING_DIR).
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { minify } from 'terser';

const dir = process.env.TRUNK_STAGING_DIR ?? process.argv[2] ?? 'dist';
if (process.env.TRUNK_PROFILE && process.env.TRUNK_PROFILE !== 'release') process.exit(0);

const sri = (data) => `sha384-${createHash('sha384').update(data).digest('base64')}`;
let html = readFileSync(join(dir, 'index.html'), 'utf8');
for (const name of readdirSync(dir).filter((f) => f.endsWith('.js') && f !== 'sw.js')) {
  const path = join(dir, name);
  const source = readFileSync(path, 'utf8');
  const { code } = await minify(source, { module: true, compress: { passes: 2 }, mangle: true });
  if (!code) throw new Error(`terser returned nothing for ${name}`);
  const before = sri(source);
  writeFileSync(path, code);
  html = html.split(before).join(sri(code));
  console.log(`minified ${name}: ${source.length} → ${code.length} bytes`);
}
writeFileSync(join(dir, 'index.html'), html);
