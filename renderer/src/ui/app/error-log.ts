// The recent errors, app-wide and in memory only, for the error panel: error toasts, failed
// results from the desktop host, uncaught errors and unhandled rejections. Nothing leaves the
// machine; the user copies the details if they want to share them.

export interface LoggedError {
  id: number;
  /** Epoch milliseconds. */
  time: number;
  message: string;
  /** Stack, error code, failing call: whatever helps whoever reads the copied report. */
  details: string;
}

/** Two reports this close together that repeat each other are one failure seen twice. */
const SAME_FAILURE_MS = 2000;

const joinDetails = (a: string, b: string): string => (b === '' || a === b ? a : a === '' ? b : `${a}\n${b}`);

export class ErrorLog {
  private entries: LoggedError[] = [];
  private nextId = 1;
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly limit = 50,
    private readonly now: () => number = Date.now,
  ) {}

  /** Newest first. */
  list(): readonly LoggedError[] {
    return this.entries;
  }

  record(message: string, details = ''): void {
    const time = this.now();
    const last = this.entries[0];
    // A failed result is usually followed by the toast that explains it ("Export failed: <its
    // message>"): keep one entry with the fuller wording and both details.
    if (last && time - last.time <= SAME_FAILURE_MS && (message.includes(last.message) || last.message.includes(message))) {
      const merged: LoggedError = {
        ...last,
        message: message.length >= last.message.length ? message : last.message,
        details: joinDetails(last.details, details),
      };
      this.entries = [merged, ...this.entries.slice(1)];
    } else {
      this.entries = [{ id: this.nextId++, time, message, details }, ...this.entries].slice(0, this.limit);
    }
    this.changed();
  }

  clear(): void {
    this.entries = [];
    this.changed();
  }

  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  private changed(): void {
    this.listeners.forEach((listener) => listener());
  }
}

/** The app's one log. */
export const errorLog = new ErrorLog();

/** A message and details from anything thrown or rejected. */
export function describeError(error: unknown): { message: string; details: string } {
  if (error instanceof Error) return { message: error.message || error.name, details: error.stack ?? '' };
  if (typeof error === 'object' && error !== null && 'message' in error && typeof error.message === 'string') {
    const code = 'code' in error && typeof error.code === 'string' ? `code: ${error.code}` : '';
    return { message: error.message, details: code };
  }
  return { message: String(error), details: '' };
}

/** The text "Copy details" puts on the clipboard, oldest last as listed. */
export function errorReport(entries: readonly LoggedError[], appVersion: string): string {
  const lines = [`Chancery ${appVersion}: ${entries.length} recent error(s)`, ''];
  for (const entry of entries) {
    lines.push(`[${new Date(entry.time).toISOString()}] ${entry.message}`);
    if (entry.details) lines.push(...entry.details.split('\n').map((line) => `    ${line}`));
    lines.push('');
  }
  return lines.join('\n').trimEnd() + '\n';
}

// Chromium reports a ResizeObserver that could not deliver in one frame as an error event; it
// is harmless and would only teach users to ignore the panel.
const BENIGN = /^ResizeObserver loop/;

/** Records uncaught errors and unhandled rejections of `target` until the returned stop. */
export function captureUncaught(target: Window, log: ErrorLog = errorLog): () => void {
  const onError = (event: ErrorEvent): void => {
    if (BENIGN.test(event.message)) return;
    const { message, details } = event.error === undefined || event.error === null ? { message: event.message, details: '' } : describeError(event.error);
    const where = event.filename ? `at ${event.filename}:${event.lineno}:${event.colno}` : '';
    log.record(message || event.message, [details, where].filter((d) => d !== '').join('\n'));
  };
  const onRejection = (event: PromiseRejectionEvent): void => {
    const { message, details } = describeError(event.reason);
    log.record(message, details);
  };
  target.addEventListener('error', onError);
  target.addEventListener('unhandledrejection', onRejection);
  return () => {
    target.removeEventListener('error', onError);
    target.removeEventListener('unhandledrejection', onRejection);
  };
}
