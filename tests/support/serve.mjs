// A tiny static file server for the browser tests: serves a folder on 127.0.0.1 with
// the right MIME types (application/wasm matters) and no caching surprises. Files are
// public and sent with `Access-Control-Allow-Origin: *`, as static hosts such as GitHub
// Pages do: a sandboxed iframe (opaque origin) can then still load the app's modules.
// Usage: node tests/support/serve.mjs <folder> <port> [run] (port 0: any free port, printed)
// With a run token, GET /__served/<run> answers 200 only when the folder holds a build
// (index.html) and the token is this server's: the browser tests' readiness check, so a
// server of another run, or one serving a missing build, never counts as ready.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const root = resolve(process.argv[2] ?? 'dist');
const port = Number(process.argv[3] ?? 8090);
const run = process.argv[4] ?? '';
const types = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm', '.json': 'application/json', '.svg': 'image/svg+xml',
  '.png': 'image/png', '.webmanifest': 'application/manifest+json', '.txt': 'text/plain; charset=utf-8',
};

const server = createServer(async (req, res) => {
  const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
  if (path.startsWith('/__served/')) {
    const built = await stat(join(root, 'index.html')).then(() => true, () => false);
    const ours = run !== '' && path === `/__served/${run}`;
    res.writeHead(ours && built ? 200 : 404, { 'content-type': 'text/plain' })
      .end(ours && built ? `serving ${root}` : 'not this run, or no build');
    return;
  }
  let file = normalize(join(root, path));
  if (!file.startsWith(root)) { res.writeHead(403).end(); return; }
  try {
    if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
    const body = await readFile(file);
    const headers = {
      'content-type': types[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-cache',
      'access-control-allow-origin': '*',
    };
    // Pages are served with the build's recommended CSP header (csp-header.txt), as
    // the README tells deployers to: the app must run under it, framed by any site.
    if (extname(file) === '.html') {
      const line = await readFile(join(root, 'csp-header.txt'), 'utf8').catch(() => '');
      const [name, ...value] = line.trim().split(': ');
      if (name && value.length) headers[name.toLowerCase()] = value.join(': ');
    }
    res.writeHead(200, headers);
    res.end(body);
  } catch {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  }
});
// Port 0 takes any free port; the line names the one taken.
server.listen(port, '127.0.0.1', () => console.log(`serving ${root} on http://127.0.0.1:${server.address().port}`));
