// A worker thread that runs one of the app's parse paths on a text and says when it is done, so a
// test can stop it after a time budget (a quadratic parse cannot be interrupted any other way).
// HTML extraction needs a DOM: jsdom's window is installed as the globals the importer uses.
import { parentPort } from 'node:worker_threads';
import { JSDOM } from 'jsdom';

const { window } = new JSDOM('<!doctype html><html><body></body></html>');
Object.assign(globalThis, {
  window,
  document: window.document,
  DOMParser: window.DOMParser,
  Node: window.Node,
  NodeFilter: window.NodeFilter,
  Element: window.Element,
  HTMLElement: window.HTMLElement,
  Document: window.Document,
  DocumentFragment: window.DocumentFragment,
});

const { draftFrom } = await import('../../renderer/src/importing/draft-steps.js');
const { extractHtml } = await import('../../renderer/src/importing/html.js');

export type ParsePath = 'import-markdown' | 'import-text' | 'import-html';

const bytes = (text: string) => new TextEncoder().encode(text);

/** Each import path as the draft worker runs it, from bytes (or extracted HTML) to a draft. */
const PATHS: Record<ParsePath, (text: string) => Promise<unknown>> = {
  'import-markdown': (text) => draftFrom({ kind: 'markdown', name: 'random.md', bytes: bytes(text) }),
  'import-text': (text) => draftFrom({ kind: 'text', name: 'random.txt', bytes: bytes(text) }),
  'import-html': (text) => draftFrom({ kind: 'document', name: 'random.html', doc: extractHtml('random.html', `<html><body><article>${text}</article></body></html>`, { extractArticle: true }) }),
};

parentPort!.on('message', ({ path, text }: { path: ParsePath; text: string }) => {
  PATHS[path](text).then(
    () => parentPort!.postMessage({ ok: true }),
    // A file refused with a reason is a fine answer; anything else (a stack overflow) is reported.
    (error: unknown) => parentPort!.postMessage(error instanceof Error && error.name === 'ImportError' ? { ok: true } : { ok: false, message: String(error) }),
  );
});
parentPort!.postMessage({ ready: true });
