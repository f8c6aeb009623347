// Prints the closing "N passed, N failed[, N skipped]" line from the unit (vitest) and
// end-to-end (Playwright) JSON reports. A failing step that left no report (type-check, lint)
// counts as one failure, so a red run never reads as green.
import { existsSync, readFileSync } from 'node:fs';

const exitCode = Number(process.argv[2] ?? 0);
let passed = 0;
let failed = 0;
let skipped = 0;

if (existsSync('test-results/unit.json')) {
  const unit = JSON.parse(readFileSync('test-results/unit.json', 'utf8'));
  passed += unit.numPassedTests;
  failed += unit.numFailedTests;
  skipped += unit.numPendingTests + (unit.numTodoTests ?? 0);
}
if (existsSync('test-results/e2e.json')) {
  const { stats } = JSON.parse(readFileSync('test-results/e2e.json', 'utf8'));
  passed += stats.expected + stats.flaky;
  failed += stats.unexpected;
  skipped += stats.skipped;
}
// npm test always runs both suites: a missing report means tests went uncounted, not passed.
for (const report of ['test-results/unit.json', 'test-results/e2e.json']) {
  if (exitCode === 0 && !existsSync(report)) {
    console.log(`ci: ${report} is missing, so its tests were not counted`);
    failed += 1;
  }
}
if (exitCode !== 0 && failed === 0) failed = 1;

console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 ? 1 : 0);
