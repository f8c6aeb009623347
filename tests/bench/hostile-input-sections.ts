// Benchmark section for untrusted input: how long the .chancery reader takes to refuse arbitrary
// or damaged bytes, and IPC validation to answer arbitrary payloads. The fuzz tests prove the
// answers; these are the times, which must stay far below anything a user would call a hang.
import fc from 'fast-check';
import { BackupError, packBackup, readBackup } from '../../renderer/src/domain/backup/index.js';
import { requestSchemas, type Channel } from '../../main/common/ipc-contract.js';
import { handle } from '../../main/ipc/handle.js';
import { generateLibrary } from '../unit/backup/library-fixture.js';
import { percentile, registerSection } from './sections.js';

const SAMPLES = 300;
const meta = { kind: 'library' as const, appVersion: '0.1.0', createdAt: 1_700_000_000_000, bookId: null };

async function timed(run: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await run().catch((error: unknown) => {
    if (!(error instanceof BackupError)) throw error;
  });
  return performance.now() - started;
}

registerSection('hostile input', async (ctx) => {
  const arbitrary = fc.sample(fc.uint8Array({ maxLength: 4096 }), { numRuns: SAMPLES, seed: 7 });
  const arbitraryTimes: number[] = [];
  for (const bytes of arbitrary) arbitraryTimes.push(await timed(() => readBackup(bytes)));
  ctx.report(`backup reader, ${SAMPLES} arbitrary inputs: slowest refusal`, Math.max(...arbitraryTimes), 'ms', { max: 2_000 });

  const valid = await packBackup(generateLibrary(4), meta);
  const damaged = fc.sample(fc.tuple(fc.nat(valid.length - 1), fc.integer({ min: 1, max: 255 })), { numRuns: SAMPLES, seed: 11 });
  const damagedTimes: number[] = [];
  for (const [at, xor] of damaged) {
    const copy = valid.slice();
    copy[at]! ^= xor;
    damagedTimes.push(await timed(() => readBackup(copy)));
  }
  ctx.report(`backup reader, ${SAMPLES} backups with one byte flipped: p95`, percentile(damagedTimes, 95), 'ms');
  ctx.report('  slowest', Math.max(...damagedTimes), 'ms', { max: 2_000 });

  const channels = Object.keys(requestSchemas) as Channel[];
  const mainFrame = { url: 'app://chancery/index.html' };
  const event = { senderFrame: mainFrame, sender: { mainFrame } };
  const payloads = fc.sample(fc.tuple(fc.constantFrom(...channels), fc.anything({ maxDepth: 3, withTypedArray: true, withMap: true, withSet: true })), { numRuns: SAMPLES, seed: 5 });
  const ipcTimes: number[] = [];
  for (const [channel, payload] of payloads) {
    const listener = handle(channel, async () => ({ ok: true as const, value: null as never }), { origin: 'app://chancery', reportError: () => undefined });
    const started = performance.now();
    await listener(event, payload);
    ipcTimes.push(performance.now() - started);
  }
  ctx.report(`IPC validation, ${SAMPLES} arbitrary payloads: slowest answer`, Math.max(...ipcTimes), 'ms', { max: 2_000 });
});
