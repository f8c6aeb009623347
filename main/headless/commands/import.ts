// `import`: files and folders into a profile, through the renderer's own import pipeline
// running in a hidden Chromium. Prints a report, or with --json the imported briefs.
import { mkdir, readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { ImportedFileReport } from '../../common/headless-api.js';
import { CliError, EXIT, type Command } from './command.js';
import { openProfile } from './profile.js';
import { picturesBeside } from './page-pictures.js';
import { passphraseOption } from './passphrase-file.js';


/**
 * Files named directly are always tried (and reported if unsupported); folders are walked for the
 * endings the renderer reads, and anything else in them is skipped silently.
 */
export async function expandPaths(paths: string[], extensions: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const p of paths) {
    const info = await stat(p).catch(() => null);
    if (!info) throw new CliError(`No such file or folder: ${p}`, EXIT.usage);
    if (info.isFile()) files.push(p);
    else if (info.isDirectory()) {
      const entries = (await readdir(p, { recursive: true, withFileTypes: true }))
        .filter((e) => e.isFile() && extensions.includes(path.extname(e.name).toLowerCase()))
        .map((e) => path.join(e.parentPath, e.name))
        .sort();
      files.push(...entries);
    }
  }
  return files;
}

const LABEL: Record<ImportedFileReport['status'], string> = {
  imported: 'imported',
  updated: 'updated (newer version)',
  duplicate: 'skipped: already in the library',
  failed: 'failed',
  cancelled: 'cancelled',
};

export const importCommand: Command = {
  name: 'import',
  usage: 'import <files or folders…> --profile <dir> [--passphrase-file <file>] [--json]',
  summary: 'Import articles and reports into a profile (created if missing) and print the report.',
  async run(args) {
    const { values, positionals } = parseArgs({ args, strict: true, allowPositionals: true, options: { profile: { type: 'string' }, json: { type: 'boolean' }, 'passphrase-file': { type: 'string' } } });
    if (!values.profile) throw new CliError('--profile <dir> is required.', EXIT.usage);
    if (!positionals.length) throw new CliError('Name at least one file or folder to import.', EXIT.usage);
    const passphrase = await passphraseOption(values['passphrase-file']);
    await mkdir(values.profile, { recursive: true });
    const { host, automation } = await openProfile(values.profile, passphrase);
    const reports: ImportedFileReport[] = [];
    try {
      const files = await expandPaths(positionals, await automation.evaluate(() => window.chanceryHeadless!.supportedExtensions()));
      const rules = await automation.evaluate(() => window.chanceryHeadless!.localPictureRules());
      for (const file of files) {
        const bytes = await readFile(file);
        // A saved page's pictures come from its own folder and below, never from anywhere else.
        const { pagePath, pictures } = await picturesBeside(file, bytes, rules);
        const request = { name: path.basename(file), base64: bytes.toString('base64'), path: pagePath, pictures };
        const report = await automation.evaluate((f) => window.chanceryHeadless!.importFile(f), request);
        reports.push(report);
        if (!values.json) console.log(`${file}: ${LABEL[report.status]}${report.reason ? ` (${report.reason})` : ''}${report.brief ? ` — “${report.brief.title}”` : ''}`);
      }
    } finally {
      await host.close();
    }
    const count = (s: ImportedFileReport['status']) => reports.filter((r) => r.status === s).length;
    if (values.json) console.log(JSON.stringify(reports, null, 2));
    else console.log(`${count('imported')} imported, ${count('updated')} updated, ${count('duplicate')} duplicate, ${count('failed')} failed.`);
    return count('failed') ? EXIT.failed : EXIT.ok;
  },
};
