// Messages between the main thread and the Markdown worker (one worker, one parse at a time).
export type ToMarkdownWorker = { id: number; markdown: string };
export type FromMarkdownWorker = { id: number; ok: true; chunks: string[] } | { id: number; ok: false; message: string };
