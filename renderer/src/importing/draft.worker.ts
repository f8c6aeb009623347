// Runs the text-heavy import steps off the main thread. The main thread owns the time limit and
// cancelling: it terminates this worker when the import runs too long or the user cancels.
import { ImportError } from '../domain/import.js';
import { suggestItems } from '../domain/items/extract.js';
import { draftFrom } from './draft-steps.js';
import type { TextRun } from '../domain/text/pdf-layout.js';
import type { FromDraftWorker, ToDraftWorker, WorkerFailure } from './draft-protocol.js';

interface WorkerScope {
  postMessage(message: FromDraftWorker, transfer?: Transferable[]): void;
  addEventListener(type: 'message', listener: (e: MessageEvent<ToDraftWorker>) => void): void;
}
const scope = globalThis as unknown as WorkerScope;

function failure(error: unknown): WorkerFailure {
  if (error instanceof ImportError) return { fileName: error.fileName, problem: error.problem };
  return { message: error instanceof Error ? error.message : String(error) };
}

/** A PDF's text runs received ahead of its draft request. */
const runsAhead: TextRun[] = [];

scope.addEventListener('message', ({ data }) => {
  if ('pdfRuns' in data) {
    for (const run of data.pdfRuns) runsAhead.push(run);
    return;
  }
  void (async () => {
    try {
      if ('draft' in data) {
        const request = data.draft.kind === 'pdf' ? { ...data.draft, runs: [...runsAhead, ...data.draft.runs] } : data.draft;
        runsAhead.length = 0;
        const result = await draftFrom(request, (progress) => scope.postMessage({ progress }));
        const body = new TextEncoder().encode(result.draft.markdown);
        const transfer = [...new Set([body.buffer, ...result.images.map((image) => image.bytes.buffer)])];
        scope.postMessage({ ok: true, draft: { ...result, draft: { ...result.draft, markdown: '' } }, body }, transfer);
      } else scope.postMessage({ ok: true, suggestions: suggestItems(data.suggest.markdown, data.suggest.text) });
    } catch (error) {
      scope.postMessage({ ok: false, failure: failure(error) });
    }
  })();
});
