// `restore`: checks a .chancery file completely, then replaces the profile's library with it
// (default) or merges it (--merge: by id, the record edited last wins). A refused file changes
// nothing and exits with status 1 and the reason. An encrypted file is opened with
// --backup-passphrase-file, else --passphrase-file (which also unlocks a protected profile).
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { CliError, EXIT, type Command } from './command.js';
import { openProfile } from './profile.js';
import { passphraseOption } from './passphrase-file.js';

export const restoreCommand: Command = {
  name: 'restore',
  usage: 'restore <file.chancery> --profile <dir> [--passphrase-file <file>] [--backup-passphrase-file <file>] [--merge]',
  summary: 'Restore a backup into a profile, replacing its library, or merging with --merge (newest edit wins).',
  async run(args) {
    const { values, positionals } = parseArgs({
      args,
      strict: true,
      allowPositionals: true,
      options: {
        profile: { type: 'string' },
        merge: { type: 'boolean' },
        'passphrase-file': { type: 'string' },
        'backup-passphrase-file': { type: 'string' },
      },
    });
    if (!values.profile) throw new CliError('--profile <dir> is required.', EXIT.usage);
    const [file, ...extra] = positionals;
    if (!file || extra.length) throw new CliError('Name exactly one .chancery file to restore.', EXIT.usage);
    const bytes = await readFile(file).catch(() => {
      throw new CliError(`Cannot read ${file}.`, EXIT.usage);
    });
    const mode = values.merge ? 'merge' : 'replace';
    const passphrase = await passphraseOption(values['passphrase-file']);
    const opener = (await passphraseOption(values['backup-passphrase-file'])) ?? passphrase;
    const { host, automation } = await openProfile(values.profile, passphrase);
    try {
      const outcome = await automation.evaluate((f) => window.chanceryHeadless!.restore(f), { base64: bytes.toString('base64'), mode, passphrase: opener?.text ?? null } as const);
      if (!outcome.ok) throw new CliError(`${file} was not restored, and the library is unchanged: ${outcome.reason}`);
      console.log(`${mode === 'merge' ? 'Merged' : 'Restored'} ${file}:`);
      for (const [table, r] of Object.entries(outcome.report)) console.log(`  ${table}: ${r.added} added, ${r.updated} updated, ${r.kept} kept`);
      for (const c of outcome.copies) console.log(`  kept your edited brief "${c.title}"; the file's version was added as "${c.copyTitle}"`);
      for (const d of outcome.dropped) console.log(`  ${d.table}: ${d.count} left out (${d.reason})`);
      return EXIT.ok;
    } finally {
      await host.close();
    }
  },
};
