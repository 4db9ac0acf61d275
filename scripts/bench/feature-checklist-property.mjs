// The checklist's model-based property test ("what the user saved is never lost without them asking") with
// many more runs than `npm test` does (1 000): CHECKLIST_BENCH_RUNS, default 20 000. Reports the time taken.
import { spawnSync } from 'node:child_process';

export async function run() {
  const runs = process.env.CHECKLIST_BENCH_RUNS ?? '20000';
  const started = Date.now();
  const result = spawnSync('npx', ['vitest', 'run', 'tests/unit/case/saved-data.property.test.ts'], {
    env: { ...process.env, CHECKLIST_PROPERTY_RUNS: runs },
    encoding: 'utf8',
  });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const ok = result.status === 0;
  console.log(`\nChecklist saved-data model test: ${runs} runs — ${ok ? 'passed' : 'FAILED'} in ${seconds} s`);
  if (!ok) {
    console.log(result.stdout.slice(-4000));
    process.exitCode = 1;
  }
}
