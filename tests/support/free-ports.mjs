// Prints the first of COUNT consecutive free ports on 127.0.0.1 (default 4), chosen at
// random above 20000, so that every browser-test run serves its own builds and never
// talks to a server left over from another run or another checkout (playwright.config.ts).
// Usage: node tests/support/free-ports.mjs [count]
import { createServer } from 'node:net';

const count = Number(process.argv[2] ?? 4);

const free = (port) => new Promise((done) => {
  const server = createServer();
  server.once('error', () => done(false));
  server.listen(port, '127.0.0.1', () => server.close(() => done(true)));
});

for (let attempt = 0; attempt < 200; attempt++) {
  const base = 20000 + Math.floor(Math.random() * 40000);
  let all = true;
  for (let i = 0; i < count && all; i++) all = await free(base + i);
  if (all) { console.log(base); process.exit(0); }
}
console.error('free-ports: no free range found');
process.exit(1);
