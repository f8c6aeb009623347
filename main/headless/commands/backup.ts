// `backup`: writes a profile's whole library to one .chancery file (atomically: a crash never
// leaves a torn file under the chosen name).
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { writeFileAtomically } from '../../services/save-file.js';
import { CliError, EXIT, type Command } from './command.js';
import { openProfile } from './profile.js';

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
  usage: 'backup --out <file.chancery> --profile <dir>',
  summary: 'Back up a profile’s library (briefs, annotations, items, books, settings) to one .chancery file.',
  async run(args) {
    const { values } = parseArgs({ args, strict: true, options: { out: { type: 'string' }, profile: { type: 'string' } } });
    if (!values.profile) throw new CliError('--profile <dir> is required.', EXIT.usage);
    if (!values.out) throw new CliError('--out <file> is required.', EXIT.usage);
    const out = path.resolve(values.out);
    const { host, automation } = await openProfile(values.profile);
    let base64: string;
    try {
      const version = await cliVersion();
      base64 = await automation.evaluate((v) => window.chanceryHeadless!.backup(v), version);
    } finally {
      await host.close();
    }
    const bytes = Buffer.from(base64, 'base64');
    await writeFileAtomically({ writeFile: (p, b) => writeFile(p, b), rename, removeFile: (p) => rm(p, { force: true }) }, out, bytes);
    console.log(`Backed up to ${out} (${Math.ceil(bytes.length / 1024)} KB).`);
    return EXIT.ok;
  },
};
