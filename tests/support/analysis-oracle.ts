// The analysis hooks the native engine expects (examples/expected_analysis.rs).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export type AnalysisHook = { input?: string; low?: string; high?: string; state?: string; value?: string; runs?: string };
export type AnalysisHooks = Record<string, AnalysisHook>;

function run(args: string[]): AnalysisHooks {
  const out = execFileSync('cargo', ['run', '--quiet', '--example', 'expected_analysis', '--', ...args], {
    encoding: 'utf8', timeout: 300_000,
  });
  return JSON.parse(out);
}

/** The default scenario's analysis hooks. */
export const defaultAnalysis = (currency = 'TWD') => run(['--default', currency]);

/** The analysis hooks of any scenario document. */
export function analysisFor(scenario: unknown): AnalysisHooks {
  const dir = mkdtempSync(join(tmpdir(), 'crm-roi-analysis-'));
  const file = join(dir, 'scenario.json');
  writeFileSync(file, JSON.stringify(scenario));
  return run([file]);
}
