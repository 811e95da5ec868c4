// `npm test`: every test layer, in order, from the cheapest to the slowest. Every step runs even
// after a failure, so one run reports everything that is wrong; the exit code is non-zero if any
// step failed.
import { spawnSync } from 'node:child_process';

interface Step {
  readonly name: string;
  readonly script: string;
}

const STEPS: readonly Step[] = [
  { name: 'typecheck', script: 'typecheck' },
  { name: 'lint', script: 'lint' },
  { name: 'format check', script: 'format:check' },
  { name: 'unit tests', script: 'test:unit' },
  { name: 'web-shell end-to-end', script: 'test:e2e:web' },
  { name: 'Electron end-to-end', script: 'test:e2e:electron' },
  { name: 'security check', script: 'test:security' },
];

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const results: { step: Step; ok: boolean; seconds: number }[] = [];

for (const step of STEPS) {
  console.log(`\n=== ${step.name} (npm run ${step.script}) ===`);
  const started = Date.now();
  const run = spawnSync(npm, ['run', '--silent', step.script], { stdio: 'inherit' });
  results.push({ step, ok: run.status === 0, seconds: (Date.now() - started) / 1000 });
}

console.log('\n=== summary ===');
for (const { step, ok, seconds } of results) {
  console.log(`${ok ? 'ok  ' : 'FAIL'}  ${step.name.padEnd(24)} ${seconds.toFixed(1)} s`);
}
const failed = results.filter((result) => !result.ok);
if (failed.length > 0) {
  console.log(`npm test: ${failed.length} of ${results.length} steps failed.`);
  process.exit(1);
}
console.log(`npm test: all ${results.length} steps succeeded.`);
