// What the import pipeline produces for one file, before it is stored.
import { describeImportProblem, type ImportProblem } from './import-problems.js';
import type { FieldOrigins, RemovedLine, SourceInfo, TopicMatch } from './types.js';

export interface ImportInput {
  name: string;
  bytes: Uint8Array;
  /** MIME type when the platform knows it; the extension decides otherwise. */
  type?: string;
}

export interface BriefDraft {
  title: string;
  subtitle: string;
  byline: string;
  source: SourceInfo;
  /** Which of title, byline, date and source were read from the file as such, and which were guessed. */
  origins: FieldOrigins;
  markdown: string;
  /** SHA-256 (hex) of the normalized text, used to detect re-imports. */
  contentHash: string;
  language: string;
  wordCount: number;
  excerpt: string;
  topics: string[];
  topicEvidence: TopicMatch[];
  removedLines: RemovedLine[];
  fileName: string;
}

/** A file the pipeline refuses, with a reason a user can act on (`reason` is its English wording). */
export class ImportError extends Error {
  readonly reason: string;

  constructor(
    readonly fileName: string,
    readonly problem: ImportProblem,
  ) {
    const reason = describeImportProblem(problem);
    super(`${fileName}: ${reason}`);
    this.reason = reason;
    this.name = 'ImportError';
  }
}

export type Format = 'html' | 'markdown' | 'text' | 'pdf' | 'docx';

/** The file endings Chancery imports, and how each is read (the app and the CLI share it). */
export const BY_EXTENSION: Readonly<Record<string, Format>> = {
  '.html': 'html',
  '.htm': 'html',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.txt': 'text',
  '.pdf': 'pdf',
  '.docx': 'docx',
};

export const SUPPORTED_EXTENSIONS = Object.keys(BY_EXTENSION);

/** A file name's ending, lower-cased with its dot (".html"), or '' when it has none. */
export function fileEnding(name: string): string {
  return /\.[^./\\]+$/.exec(name.toLowerCase())?.[0] ?? '';
}
