// The "blog" of the embedding tests: a real server on a second localhost port, so the
// article is a page of another origin than the app (and, being on 127.0.0.1 too,
// Chromium's local-network checks let it frame the app).
// GET /article.html?snippet=<base64url of some HTML> answers a plain article page with
// that HTML between two paragraphs and a log of every message the page receives.
// GET /__served/<run> answers 200 for this server's run token only (readiness).
// Usage: node tests/support/host-server.mjs <port> [run]
import { createServer } from 'node:http';

const port = Number(process.argv[2] ?? 8091);
const run = process.argv[3] ?? '';

createServer((req, res) => {
  const url = new URL(req.url, 'http://x');
  if (url.pathname.startsWith('/__served/')) {
    const ours = run !== '' && url.pathname === `/__served/${run}`;
    res.writeHead(ours ? 200 : 404).end(ours ? 'blog' : 'not this run');
    return;
  }
  if (url.pathname !== '/article.html') { res.writeHead(404).end('not found'); return; }
  const snippet = Buffer.from(url.searchParams.get('snippet') ?? '', 'base64url').toString('utf8');
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
  res.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Blog</title>
<script>window.received = []; addEventListener('message', (e) => received.push({ origin: e.origin, data: e.data }));</script>
</head><body style="margin:0;font:16px sans-serif"><article style="max-width:760px;margin:0 auto;padding:8px">
<h1>How much is a loyal customer worth?</h1><p>Before the calculator.</p>
${snippet}
<p id="after">After the calculator.</p></article></body></html>`);
}).listen(port, '127.0.0.1', () => console.log(`host pages on http://127.0.0.1:${port}`));
