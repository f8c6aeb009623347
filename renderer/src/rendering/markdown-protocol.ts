// Messages between the main thread and the Markdown worker (one worker per parse).
export type ToMarkdownWorker = { markdown: string };
export type FromMarkdownWorker = { ok: true; html: string } | { ok: false; message: string };
