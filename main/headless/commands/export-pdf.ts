// `export-pdf`: exports an existing book, or composes one from briefs in the profile first.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { AnnotationMode, NewBookRequest, PreflightFinding } from '../../common/headless-api.js';
import { exportBookPdf, PdfExportError, type ExportProgress } from '../../services/pdf-export.js';
import { printRoute } from '../../common/print-page.js';
import { playwrightPrintSession } from '../chromium-host.js';
import { CliError, EXIT, type Command } from './command.js';
import { openProfile } from './profile.js';
import { readRedactFile } from './redact-file.js';
import { passphraseOption } from './passphrase-file.js';

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
  /** The PDF to write; absent with --all-editions, which writes into `outDir`. */
  out?: string;
  outDir?: string;
  /** An edition of the book, by name or id. */
  edition?: string;
  allEditions: boolean;
  profile: string;
  /** Print one JSON object (findings, file, pages) on stdout instead of sentences. */
  json: boolean;
  /** Any pre-flight finding stops the export with a non-zero exit. */
  strict: boolean;
  book?: string;
  newBook?: NewBookRequest;
  /** A file of phrases (one a line) redacted from this export, besides the profile's rules. */
  redactFile?: string;
  /** The file holding a protected profile's passphrase. */
  passphraseFile?: string;
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
      edition: { type: 'string' },
      'all-editions': { type: 'boolean', default: false },
      'out-dir': { type: 'string' },
      'passphrase-file': { type: 'string' },
    },
  });
  const flags = {
    json: values.json,
    strict: values.strict,
    allEditions: values['all-editions'],
    ...(values['redact-file'] !== undefined ? { redactFile: values['redact-file'] } : {}),
    ...(values['passphrase-file'] !== undefined ? { passphraseFile: values['passphrase-file'] } : {}),
  };
  const usage = (message: string) => new CliError(message, EXIT.usage);
  const all = values['all-editions'];
  if (values.edition !== undefined && all) throw usage('Give --edition "<name>" or --all-editions, not both.');
  if (values.edition !== undefined && !values.edition.trim()) throw usage('--edition needs the name of one of the book\'s editions.');
  if ((values.edition !== undefined || all) && !values.book) throw usage('--edition and --all-editions only go with --book: a new book has no editions.');
  if (all ? !values['out-dir'] : !values.out) throw usage(all ? '--all-editions needs --out-dir <folder>.' : '--out <file.pdf> is required.');
  if (all ? values.out : values['out-dir']) throw usage(all ? '--all-editions writes into --out-dir, not --out.' : '--out-dir only goes with --all-editions.');
  if (!values.profile) throw usage('--profile <dir> is required.');
  if (Boolean(values.book) === Boolean(values['new-book'])) throw usage('Give exactly one of --book "<title or id>" or --new-book "<title>".');
  if (values.book) {
    if (values.briefs || values.marking || values.annotations) throw usage('--briefs, --marking and --annotations only go with --new-book.');
    const where = all ? { outDir: values['out-dir']! } : { out: values.out! };
    return { ...where, profile: values.profile, ...flags, book: values.book, ...(values.edition !== undefined ? { edition: values.edition } : {}) };
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

/** One PDF to write: the book, or one of its editions. */
interface Target {
  editionId?: string;
  /** "the book" or the edition's name, for messages. */
  label: string;
  out: string;
}

/** Two editions whose safe names coincide (on a case-blind disk too) get " (2)", " (3)"… */
function distinct(names: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return names.map((name) => {
    const key = name.toLowerCase();
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    return n === 1 ? name : name.replace(/\.pdf$/i, ` (${n}).pdf`);
  });
}

type Automation = Awaited<ReturnType<typeof openProfile>>['automation'];

/** What to print, with clear errors for an unknown edition or a book without any. */
async function targetsFor(automation: Automation, book: { id: string; title: string }, options: ExportArgs, redactions: string[]): Promise<Target[]> {
  if (options.edition === undefined && !options.allEditions) return [{ label: 'the book', out: path.resolve(options.out!) }];
  const editions = (await automation.evaluate(([id, phrases]) => window.chanceryHeadless!.editions(id, phrases), [book.id, redactions] as const)) ?? [];
  const names = editions.map((e) => `"${e.name}"`).join(', ');
  if (editions.length === 0) throw new CliError(`The book "${book.title}" has no editions.`);
  if (options.allEditions) {
    const dir = path.resolve(options.outDir!);
    await mkdir(dir, { recursive: true });
    const files = distinct(editions.map((e) => e.fileName));
    return editions.map((e, i) => ({ editionId: e.id, label: `edition "${e.name}"`, out: path.join(dir, files[i]!) }));
  }
  const wanted = options.edition!.trim().toLocaleLowerCase();
  const found = editions.find((e) => e.id === options.edition) ?? editions.find((e) => e.name.trim().toLocaleLowerCase() === wanted);
  if (!found) throw new CliError(`The book "${book.title}" has no edition named "${options.edition}". Its editions: ${names}.`);
  return [{ editionId: found.id, label: `edition "${found.name}"`, out: path.resolve(options.out!) }];
}

export const exportPdf: Command = {
  name: 'export-pdf',
  usage:
    'export-pdf --book "<title or id>" --out <file.pdf> --profile <dir> [--edition "<name>"] [--json] [--strict] [--redact-file <phrases.txt>]\n' +
    '  export-pdf --book "<title or id>" --all-editions --out-dir <folder> --profile <dir> [--json] [--strict] [--redact-file <phrases.txt>]\n' +
    '  export-pdf --new-book "<title>" --briefs all|<id,id> [--marking "<text>"] [--annotations none|highlights|notes] --out <file.pdf> --profile <dir> [--json] [--strict]\n' +
    '  Runs the pre-flight checks first and lists what it finds; --strict exits non-zero on any finding without exporting.\n' +
    '  --edition prints one of the book\'s editions; --all-editions writes one PDF per edition, named after it.\n' +
    '  --redact-file adds the file\'s phrases (one a line, UTF-8 text) to the redaction rules for this export.\n' +
    '  --passphrase-file <file> unlocks a protected profile (the passphrase on one line).',
  summary: 'Export a briefing book (existing, or composed from briefs in the profile) or its editions to PDF.',
  async run(args) {
    const options = parseExportArgs(args);
    // Checked before the profile is opened: a bad file stops the export before anything prints.
    const redactions = options.redactFile === undefined ? [] : await readRedactFile(options.redactFile);
    const passphrase = await passphraseOption(options.passphraseFile);
    const { host, automation } = await openProfile(options.profile, passphrase);
    try {
      let book: { id: string; title: string };
      if (options.book !== undefined) {
        const found = await automation.evaluate((q) => window.chanceryHeadless!.findBook(q), options.book);
        if (!found) throw new CliError(`No book with the id or title "${options.book}" in this profile.`);
        book = found;
      } else {
        const created = await automation.evaluate((r) => window.chanceryHeadless!.createBook(r), options.newBook!);
        if (created.missing.length) throw new CliError(`These briefs are not in the profile: ${created.missing.join(', ')}.`);
        if (created.briefCount === 0) throw new CliError('The profile has no briefs to put in the book.');
        console.error(`Composed "${created.title}" (${created.id}) with ${created.briefCount} briefs.`);
        book = created;
      }
      const targets = await targetsFor(automation, book, options, redactions);
      // Every target is checked before any is printed: --strict stops the whole run, not half of it.
      const checked = [];
      for (const target of targets) {
        const findings = (await automation.evaluate(([id, edition]) => window.chanceryHeadless!.preflight(id, edition), [book.id, target.editionId] as const)) ?? [];
        if (!options.json) {
          if (target.editionId) console.error(`${target.label}:`);
          reportFindings(findings);
        }
        checked.push({ ...target, findings });
      }
      if (options.strict && checked.some((c) => c.findings.length > 0)) {
        if (options.json) console.log(JSON.stringify(jsonResult(options, checked.map((c) => ({ ...c, out: null, pageCount: null })))));
        else console.error('Not exported: --strict stops on any pre-flight finding.');
        return EXIT.failed;
      }
      const results = [];
      for (const target of checked) {
        // A page of its own for each PDF: editions differ only after the '#', which a page already
        // showing the book would treat as the same document, ready from before.
        const session = playwrightPrintSession(host.context, redactions);
        try {
          const result = await exportBookPdf(session, `${host.baseUrl}index.html${printRoute(book.id, target.editionId)}`, {
            onProgress: (p) => console.error(`… ${target.editionId ? `${target.label}: ` : ''}${describe(p)}`),
          });
          await writeFile(target.out, result.pdf);
          if (!options.json) console.log(`Wrote ${target.out} (${result.pageCount} pages).`);
          if (!result.verified) console.error(`Warning: some contents page numbers of ${target.label} could not be verified.`);
          results.push({ ...target, pageCount: result.pageCount, verified: result.verified });
        } catch (error) {
          if (error instanceof PdfExportError) throw new CliError(error.message);
          throw error;
        } finally {
          await session.close();
        }
      }
      if (options.json) console.log(JSON.stringify(jsonResult(options, results), null, 2));
      return EXIT.ok;
    } finally {
      await host.close();
    }
  },
};

interface TargetResult extends Omit<Target, 'out'> {
  findings: PreflightFinding[];
  out: string | null;
  pageCount: number | null;
  verified?: boolean;
}

/** One PDF keeps the shape it always had; --all-editions lists one object per edition. */
function jsonResult(options: ExportArgs, results: TargetResult[]) {
  const one = ({ findings, out, pageCount, verified }: TargetResult) => ({ findings, out, pageCount, ...(verified !== undefined ? { verified } : {}) });
  if (!options.allEditions) return { ...one(results[0]!), ...(options.edition !== undefined ? { edition: results[0]!.label } : {}) };
  return { editions: results.map((r) => ({ edition: r.label, ...one(r) })) };
}
