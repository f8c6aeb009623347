// `export-pdf --edition` and `--all-editions --out-dir`: every wrong combination is a usage error
// with one sentence, before any profile is opened.
import { describe, expect, it } from 'vitest';
import { parseExportArgs } from '../../../main/headless/commands/export-pdf.js';
import { CliError, EXIT } from '../../../main/headless/commands/command.js';

const usage = (args: string[]): string => {
  try {
    parseExportArgs(args);
  } catch (error) {
    expect(error).toBeInstanceOf(CliError);
    expect((error as CliError).exitCode).toBe(EXIT.usage);
    return (error as Error).message;
  }
  throw new Error('expected a usage error');
};

describe('export-pdf edition arguments', () => {
  it('takes one edition by name with --out, or every edition with --out-dir', () => {
    expect(parseExportArgs(['--book', 'B', '--edition', 'Press', '--out', 'o.pdf', '--profile', 'p'])).toMatchObject({ edition: 'Press', out: 'o.pdf', allEditions: false });
    expect(parseExportArgs(['--book', 'B', '--all-editions', '--out-dir', 'd', '--profile', 'p'])).toMatchObject({ outDir: 'd', allEditions: true });
  });

  it('refuses the combinations that cannot mean anything', () => {
    expect(usage(['--book', 'B', '--edition', 'A', '--all-editions', '--out-dir', 'd', '--profile', 'p'])).toContain('not both');
    expect(usage(['--book', 'B', '--edition', '  ', '--out', 'o.pdf', '--profile', 'p'])).toContain('--edition needs the name');
    expect(usage(['--new-book', 'B', '--briefs', 'all', '--edition', 'A', '--out', 'o.pdf', '--profile', 'p'])).toContain('only go with --book');
    expect(usage(['--book', 'B', '--all-editions', '--profile', 'p'])).toContain('--all-editions needs --out-dir');
    expect(usage(['--book', 'B', '--all-editions', '--out', 'o.pdf', '--out-dir', 'd', '--profile', 'p'])).toContain('not --out');
    expect(usage(['--book', 'B', '--out', 'o.pdf', '--out-dir', 'd', '--profile', 'p'])).toContain('--out-dir only goes with --all-editions');
  });
});
