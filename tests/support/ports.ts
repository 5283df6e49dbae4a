// The ports and the run token of this browser-test run. Chosen once, in the runner,
// when the config is loaded; the test workers inherit them through the environment.
// E2E_PORT may be set by hand (ports E2E_PORT..E2E_PORT+3); otherwise four free ports
// are found at start, so a server left over from an earlier run can never answer for
// this one. E2E_RUN is the token each of this run's servers answers on /__served/<run>:
// readiness means "this run's build is served", not "something listens on the port".
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';

if (!process.env.E2E_PORT) {
  process.env.E2E_PORT = execFileSync(process.execPath, ['tests/support/free-ports.mjs', '4'])
    .toString().trim();
}
if (!process.env.E2E_RUN) process.env.E2E_RUN = randomBytes(8).toString('hex');

/** The release build; PORT + 1 the blog of the embedding tests, PORT + 2 the trap
 *  build, PORT + 3 the offline tests' own server. */
export const PORT = Number(process.env.E2E_PORT);
export const RUN = process.env.E2E_RUN;
