// `protect`: turns passphrase protection on for an existing profile. Converting the records in
// place would leave their earlier plain text in Chromium's LevelDB files until it compacts them,
// so the database is rebuilt instead, in steps that a crash at any point leaves resumable:
//   1. the library is written, sealed with the new passphrase, to a pending file in the profile;
//   2. the profile's IndexedDB files for the headless origin are deleted (the browser closed);
//   3. a fresh database is protected with the app's own code (data/library-protection.ts) and the
//      pending file restored into it, every record sealed as it is written;
//   4. the pending file is deleted.
// While the pending file exists every other command refuses the profile; `protect` run again
// with the same passphrase carries on from step 2.
import { readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { writeFileAtomically } from '../../services/save-file.js';
import { HEADLESS_PORT } from '../chromium-host.js';
import { cliVersion } from './backup.js';
import { CliError, EXIT, type Command } from './command.js';
import { readPassphraseFile, type Passphrase } from './passphrase-file.js';
import { openProfile, PROTECT_PENDING_FILE, protectPending } from './profile.js';

/** Step 1: the unprotected library, sealed with the new passphrase, saved beside its database. */
async function writePending(profile: string, pending: string, passphrase: Passphrase): Promise<void> {
  const { host, automation } = await openProfile(profile, null, { forProtect: true });
  try {
    if ((await automation.evaluate(() => window.chanceryHeadless!.protection())) !== 'off') {
      throw new CliError(`The profile ${profile} is already protected; nothing was changed.`);
    }
    const made = await automation.evaluate(([v, p]) => window.chanceryHeadless!.backup(v, p), [await cliVersion(), passphrase.text] as const);
    if (!made.ok) throw new CliError(`The profile was not protected, and nothing was changed: ${made.reason}`);
    const fs = { writeFile: (p: string, b: Uint8Array) => writeFile(p, b), rename, removeFile: (p: string) => rm(p, { force: true }) };
    await writeFileAtomically(fs, pending, Buffer.from(made.base64, 'base64'));
  } finally {
    await host.close();
  }
}

/** Step 2: the headless origin's IndexedDB files (LevelDB and blobs), with whatever plain text they kept. */
async function deleteDatabaseFiles(profile: string): Promise<void> {
  const dir = path.join(profile, 'Default', 'IndexedDB');
  const prefix = `http_127.0.0.1_${HEADLESS_PORT}.indexeddb.`;
  const names = await readdir(dir).catch(() => [] as string[]);
  for (const name of names.filter((n) => n.startsWith(prefix))) await rm(path.join(dir, name), { recursive: true, force: true });
}

/** Step 3: a fresh, protected database holding the pending file's library. */
async function rebuild(profile: string, base64: string, passphrase: Passphrase): Promise<void> {
  const { host, automation } = await openProfile(profile, null, { forProtect: true });
  try {
    const refused = await automation.evaluate((p) => window.chanceryHeadless!.protect(p).then(() => null, (e: unknown) => (e instanceof Error ? e.message : String(e))), passphrase.text);
    if (refused) throw new CliError(`Protection could not be turned on: ${refused}. Run "protect" again to finish.`);
    const outcome = await automation.evaluate((f) => window.chanceryHeadless!.restore(f), { base64, mode: 'replace', passphrase: passphrase.text } as const);
    if (!outcome.ok) throw new CliError(`The library could not be written back: ${outcome.reason}. Run "protect" again to finish.`);
  } finally {
    await host.close();
  }
}

export const protectCommand: Command = {
  name: 'protect',
  usage: 'protect --profile <dir> --passphrase-file <file>',
  summary: 'Turn passphrase protection on for a profile: every brief, note, item, book and setting is encrypted.',
  async run(args) {
    const { values } = parseArgs({ args, strict: true, options: { profile: { type: 'string' }, 'passphrase-file': { type: 'string' } } });
    if (!values.profile) throw new CliError('--profile <dir> is required.', EXIT.usage);
    if (!values['passphrase-file']) throw new CliError('--passphrase-file <file> is required: the file holds the new passphrase on one line.', EXIT.usage);
    const passphrase = await readPassphraseFile(values['passphrase-file']);
    const profile = path.resolve(values.profile);
    const pending = path.join(profile, PROTECT_PENDING_FILE);
    const resuming = protectPending(profile);
    if (!resuming) await writePending(profile, pending, passphrase);
    const base64 = (await readFile(pending)).toString('base64');
    if (resuming) {
      // The pending copy must open with this passphrase before the database is touched.
      const { host, automation } = await openProfile(profile, null, { forProtect: true });
      try {
        const checked = await automation.evaluate((f) => window.chanceryHeadless!.checkBackup(f), { base64, passphrase: passphrase.text });
        if (!checked.ok) throw new CliError(`Finishing the interrupted protect needs the passphrase it was started with: ${checked.reason} Nothing was changed.`);
      } finally {
        await host.close();
      }
    }
    await deleteDatabaseFiles(profile);
    await rebuild(profile, base64, passphrase);
    await rm(pending);
    console.log(`Protected ${profile}: its library is encrypted; every command now needs --passphrase-file.`);
    return EXIT.ok;
  },
};
