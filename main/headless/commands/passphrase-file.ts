// --passphrase-file: a passphrase read from a file, never from the command line (where other
// users' `ps` and the shell's history would see it). Read strictly: UTF-8, one line (one trailing
// newline is dropped), at most 1 KB; anything else stops the command with the file named.
import { readFile, stat } from 'node:fs/promises';
import { CliError, EXIT } from './command.js';

const MAX_BYTES = 1024;

export interface Passphrase {
  /** The file it came from, to name in messages. */
  file: string;
  text: string;
}

export async function readPassphraseFile(file: string): Promise<Passphrase> {
  const refuse = (why: string) => new CliError(`--passphrase-file ${file}: ${why}`, EXIT.usage);
  const info = await stat(file).catch(() => null);
  if (!info?.isFile()) throw refuse('no such file.');
  if (info.size > MAX_BYTES) throw refuse(`the file is larger than ${MAX_BYTES} bytes; it should hold one passphrase on one line.`);
  const bytes = await readFile(file).catch(() => {
    throw refuse('the file cannot be read.');
  });
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw refuse('the file is not UTF-8 text.');
  }
  if (text.startsWith('\uFEFF')) throw refuse('the file starts with a byte-order mark, which would become part of the passphrase; save it without one.');
  text = text.replace(/\r?\n$/, '');
  if (/[\r\n\0]/.test(text)) throw refuse('the file holds more than one line; it should hold the passphrase alone.');
  if (text.length === 0) throw refuse('the file is empty.');
  return { file, text };
}

/** The passphrase named by an option, when the option was given. */
export const passphraseOption = async (file: string | undefined): Promise<Passphrase | null> => (file === undefined ? null : readPassphraseFile(file));
