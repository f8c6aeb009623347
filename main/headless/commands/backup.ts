// `backup`: writes a profile's whole library to one .chancery file (atomically: a crash never
// leaves a torn file under the chosen name), encrypted with a passphrase unless --no-passphrase
// chooses plain text.
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { writeFileAtomically } from '../../services/save-file.js';
import { CliError, EXIT, type Command } from './command.js';
import { openProfile } from './profile.js';
import { passphraseOption } from './passphrase-file.js';

/** The version written into the manifest: package.json beside dist/, as the app reports it. */
export async function cliVersion(): Promise<string> {
  try {
    const pkg = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8')) as { version?: string };
    return pkg.version ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

export const backupCommand: Command = {
  name: 'backup',
  usage: 'backup --out <file.chancery> --profile <dir> (--passphrase-file <file> [--backup-passphrase-file <file>] | --no-passphrase)',
  summary: 'Back up a profile’s library (briefs, annotations, items, books, settings) to one .chancery file, encrypted with the passphrase unless --no-passphrase.',
  async run(args) {
    const { values } = parseArgs({
      args,
      strict: true,
      options: {
        out: { type: 'string' },
        profile: { type: 'string' },
        'passphrase-file': { type: 'string' },
        'backup-passphrase-file': { type: 'string' },
        'no-passphrase': { type: 'boolean', default: false },
      },
    });
    if (!values.profile) throw new CliError('--profile <dir> is required.', EXIT.usage);
    if (!values.out) throw new CliError('--out <file> is required.', EXIT.usage);
    const plain = values['no-passphrase'];
    if (plain && values['backup-passphrase-file']) throw new CliError('Give --backup-passphrase-file or --no-passphrase, not both.', EXIT.usage);
    const passphrase = await passphraseOption(values['passphrase-file']);
    const sealWith = plain ? null : ((await passphraseOption(values['backup-passphrase-file'])) ?? passphrase);
    if (!plain && !sealWith) {
      throw new CliError('Backups are encrypted: pass --passphrase-file <file> (or --backup-passphrase-file <file>), or --no-passphrase to write one anyone can read.', EXIT.usage);
    }
    const out = path.resolve(values.out);
    const { host, automation } = await openProfile(values.profile, passphrase);
    let base64: string;
    try {
      const version = await cliVersion();
      const made = await automation.evaluate(([v, p]) => window.chanceryHeadless!.backup(v, p), [version, sealWith?.text ?? null] as const);
      if (!made.ok) throw new CliError(`No backup was written: ${made.reason}`);
      base64 = made.base64;
    } finally {
      await host.close();
    }
    if (plain) console.error('Warning: the backup is not encrypted; anyone who gets the file can read the whole library.');
    const bytes = Buffer.from(base64, 'base64');
    await writeFileAtomically({ writeFile: (p, b) => writeFile(p, b), rename, removeFile: (p) => rm(p, { force: true }) }, out, bytes);
    console.log(`Backed up to ${out} (${Math.ceil(bytes.length / 1024)} KB${plain ? ', not encrypted' : `, encrypted with the passphrase in ${sealWith!.file}`}).`);
    return EXIT.ok;
  },
};
