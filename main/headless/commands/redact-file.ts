// The phrases of `export-pdf --redact-file`: a small UTF-8 text file, one phrase a line. Anything
// else (a binary, a huge file, a line too short to redact safely) is refused with the file named,
// before the export starts: a file that is half read would let words through.
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { CliError, EXIT } from './command.js';

export const MAX_REDACT_FILE_BYTES = 256 * 1024;
/** The same bounds as a phrase typed in Settings (renderer/src/domain/redaction/rules.ts). */
const MIN_PHRASE = 2;
const MAX_PHRASE = 500;
// Control characters other than tab and line breaks: a text file has none.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/u;

export async function readRedactFile(file: string): Promise<string[]> {
  const name = path.resolve(file);
  const refuse = (why: string) => new CliError(`--redact-file ${name}: ${why}`, EXIT.usage);
  const info = await stat(name).catch(() => null);
  if (!info) throw refuse('no such file.');
  if (!info.isFile()) throw refuse('not a file.');
  if (info.size > MAX_REDACT_FILE_BYTES) throw refuse(`${info.size} bytes; a redaction file may hold at most ${MAX_REDACT_FILE_BYTES} bytes.`);
  const bytes = await readFile(name);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw refuse('not UTF-8 text.');
  }
  const phrases: string[] = [];
  for (const [i, raw] of text.replace(/^\uFEFF/u, '').split(/\r?\n/u).entries()) {
    if (CONTROL.test(raw)) throw refuse(`line ${i + 1} holds control characters; it is not a text file.`);
    const line = raw.trim();
    if (line === '') continue;
    if (line.length < MIN_PHRASE) throw refuse(`line ${i + 1} is too short to redact safely (at least ${MIN_PHRASE} characters).`);
    if (line.length > MAX_PHRASE) throw refuse(`line ${i + 1} is longer than ${MAX_PHRASE} characters.`);
    phrases.push(line);
  }
  if (phrases.length === 0) throw refuse('it lists no phrases.');
  return phrases;
}
