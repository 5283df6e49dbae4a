// The expected hook values, computed by the native engine (examples/expected_hooks.rs).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export type Hooks = Record<string, string | { benefit: string; cost: string; net: string }>;

function run(args: string[]): any {
  const out = execFileSync('cargo', ['run', '--quiet', '--example', 'expected_hooks', '--', ...args], {
    encoding: 'utf8', timeout: 120_000,
  });
  return JSON.parse(out);
}

/** The default scenario for a currency and its expected hooks. */
export function defaults(currency = 'TWD'): { scenario: any; hooks: Hooks } {
  return run(['--default', currency]);
}

/** The default scenario after the visitor's answers (baseline fields, in the order
 *  given), with the figures that still are the example's following them as in the page
 *  (model.md §4), and its expected hooks. */
export function answered(currency: string, answers: Record<string, string>): { scenario: any; hooks: Hooks } {
  return run(['--default', currency, ...Object.entries(answers).map(([k, v]) => `${k}=${v}`)]);
}

/** The expected hooks of any scenario document. */
export function expectedFor(scenario: unknown): Hooks {
  const dir = mkdtempSync(join(tmpdir(), 'crm-roi-'));
  const file = join(dir, 'scenario.json');
  writeFileSync(file, JSON.stringify(scenario));
  return run([file]).hooks;
}

/** base64url of UTF-8 text, no padding (contract.md §2). */
export function shareHash(scenario: unknown): string {
  return '#scenario=' + Buffer.from(JSON.stringify(scenario), 'utf8').toString('base64url');
}
