// A worker thread that runs one of the app's parse paths on a text and says when it is done, so a
// test can stop it after a time budget (a quadratic parse cannot be interrupted any other way).
// HTML is parsed into linkedom's DOM, as in the app's import worker.
import { parentPort } from 'node:worker_threads';
import { draftFrom } from '../../renderer/src/importing/draft-steps.js';

export type ParsePath = 'import-markdown' | 'import-text' | 'import-html';

const bytes = (text: string) => new TextEncoder().encode(text);

/** Each import path as the draft worker runs it, from bytes to a draft. */
const PATHS: Record<ParsePath, (text: string) => Promise<unknown>> = {
  'import-markdown': (text) => draftFrom({ kind: 'markdown', name: 'random.md', bytes: bytes(text) }),
  'import-text': (text) => draftFrom({ kind: 'text', name: 'random.txt', bytes: bytes(text) }),
  'import-html': (text) => draftFrom({ kind: 'html', name: 'random.html', bytes: bytes(`<html><body><article>${text}</article></body></html>`) }),
};

parentPort!.on('message', ({ path, text }: { path: ParsePath; text: string }) => {
  PATHS[path](text).then(
    () => parentPort!.postMessage({ ok: true }),
    // A file refused with a reason is a fine answer; anything else (a stack overflow) is reported.
    (error: unknown) => parentPort!.postMessage(error instanceof Error && error.name === 'ImportError' ? { ok: true } : { ok: false, message: String(error) }),
  );
});
parentPort!.postMessage({ ready: true });
