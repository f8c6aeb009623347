// `export-pdf`: exports an existing book, or composes one from briefs in the profile first.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { AnnotationMode, NewBookRequest, PreflightFinding } from '../../common/headless-api.js';
import { exportBookPdf, PdfExportError, type ExportProgress } from '../../services/pdf-export.js';
import { playwrightPrintSession } from '../chromium-host.js';
import { CliError, EXIT, type Command } from './command.js';
import { openProfile } from './profile.js';
import { readRedactFile } from './redact-file.js';

const MODES: readonly AnnotationMode[] = ['none', 'highlights', 'notes'];

/** The same list the app's pre-flight dialog shows, one finding a line, on stderr. */
function reportFindings(findings: readonly PreflightFinding[]): void {
  if (findings.length === 0) {
    console.error('Pre-flight: nothing to report.');
    return;
  }
  console.error(`Pre-flight: ${findings.length} finding${findings.length === 1 ? '' : 's'}:`);
  for (const f of findings) console.error(`  - [${f.kind}] ${f.where}: ${f.message}`);
}

const describe = (p: ExportProgress): string =>
  p.phase === 'numbering' ? `numbering pass ${p.pass}` : p.phase;

interface ExportArgs {
  out: string;
  profile: string;
  /** Print one JSON object (findings, file, pages) on stdout instead of sentences. */
  json: boolean;
  /** Any pre-flight finding stops the export with a non-zero exit. */
  strict: boolean;
  book?: string;
  newBook?: NewBookRequest;
  /** A file of phrases (one a line) redacted from this export, besides the profile's rules. */
  redactFile?: string;
}

/** Validates the arguments; every mistake is a usage error with one clear sentence. */
export function parseExportArgs(args: string[]): ExportArgs {
  const { values } = parseArgs({
    args,
    strict: true,
    options: {
      book: { type: 'string' },
      'new-book': { type: 'string' },
      briefs: { type: 'string' },
      marking: { type: 'string' },
      annotations: { type: 'string' },
      out: { type: 'string' },
      profile: { type: 'string' },
      json: { type: 'boolean', default: false },
      strict: { type: 'boolean', default: false },
      'redact-file': { type: 'string' },
    },
  });
  const flags = { json: values.json, strict: values.strict, ...(values['redact-file'] !== undefined ? { redactFile: values['redact-file'] } : {}) };
  const usage = (message: string) => new CliError(message, EXIT.usage);
  if (!values.out) throw usage('--out <file.pdf> is required.');
  if (!values.profile) throw usage('--profile <dir> is required.');
  if (Boolean(values.book) === Boolean(values['new-book'])) throw usage('Give exactly one of --book "<title or id>" or --new-book "<title>".');
  if (values.book) {
    if (values.briefs || values.marking || values.annotations) throw usage('--briefs, --marking and --annotations only go with --new-book.');
    return { out: values.out, profile: values.profile, ...flags, book: values.book };
  }
  if (!values.briefs) throw usage('--new-book needs --briefs all or --briefs <id,id,…>.');
  const annotations = values.annotations as AnnotationMode | undefined;
  if (annotations !== undefined && !MODES.includes(annotations)) throw usage(`--annotations must be one of ${MODES.join(', ')}.`);
  const briefs = values.briefs === 'all' ? 'all' : values.briefs.split(',').map((s) => s.trim()).filter(Boolean);
  if (briefs !== 'all' && briefs.length === 0) throw usage('--briefs lists no brief ids.');
  return {
    out: values.out,
    profile: values.profile,
    ...flags,
    newBook: { title: values['new-book']!, briefs, marking: values.marking, annotations },
  };
}

export const exportPdf: Command = {
  name: 'export-pdf',
  usage:
    'export-pdf --book "<title or id>" --out <file.pdf> --profile <dir> [--json] [--strict] [--redact-file <phrases.txt>]\n' +
    '  export-pdf --new-book "<title>" --briefs all|<id,id> [--marking "<text>"] [--annotations none|highlights|notes] --out <file.pdf> --profile <dir> [--json] [--strict]\n' +
    '  Runs the pre-flight checks first and lists what it finds; --strict exits non-zero on any finding without exporting.\n' +
    '  --redact-file adds the file\'s phrases (one a line, UTF-8 text) to the redaction rules for this export.',
  summary: 'Export a briefing book (existing, or composed from briefs in the profile) to PDF.',
  async run(args) {
    const options = parseExportArgs(args);
    // Checked before the profile is opened: a bad file stops the export before anything prints.
    const redactions = options.redactFile === undefined ? [] : await readRedactFile(options.redactFile);
    const { host, automation } = await openProfile(options.profile);
    try {
      let bookId: string;
      if (options.book !== undefined) {
        const found = await automation.evaluate((q) => window.chanceryHeadless!.findBook(q), options.book);
        if (!found) throw new CliError(`No book with the id or title "${options.book}" in this profile.`);
        bookId = found.id;
      } else {
        const created = await automation.evaluate((r) => window.chanceryHeadless!.createBook(r), options.newBook!);
        if (created.missing.length) throw new CliError(`These briefs are not in the profile: ${created.missing.join(', ')}.`);
        if (created.briefCount === 0) throw new CliError('The profile has no briefs to put in the book.');
        console.error(`Composed "${created.title}" (${created.id}) with ${created.briefCount} briefs.`);
        bookId = created.id;
      }
      const findings = (await automation.evaluate((id) => window.chanceryHeadless!.preflight(id), bookId)) ?? [];
      if (!options.json) reportFindings(findings);
      if (options.strict && findings.length > 0) {
        if (options.json) console.log(JSON.stringify({ findings, out: null, pageCount: null }, null, 2));
        else console.error('Not exported: --strict stops on any pre-flight finding.');
        return EXIT.failed;
      }
      const session = playwrightPrintSession(host.context, redactions);
      try {
        const result = await exportBookPdf(session, `${host.baseUrl}index.html#/print/book/${encodeURIComponent(bookId)}`, {
          onProgress: (p) => console.error(`… ${describe(p)}`),
        });
        const out = path.resolve(options.out);
        await writeFile(out, result.pdf);
        if (options.json) console.log(JSON.stringify({ findings, out, pageCount: result.pageCount, verified: result.verified }, null, 2));
        else console.log(`Wrote ${out} (${result.pageCount} pages).`);
        if (!result.verified) console.error('Warning: some contents page numbers could not be verified.');
        return EXIT.ok;
      } catch (error) {
        if (error instanceof PdfExportError) throw new CliError(error.message);
        throw error;
      } finally {
        await session.close();
      }
    } finally {
      await host.close();
    }
  },
};
