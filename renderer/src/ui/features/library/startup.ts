// Start-up order. IndexedDB answers a database's requests in turn, so everything read at start
// delays the library's first rows: background work (the search index build, the Trash purge,
// snapshots) waits until the library has drawn them and read its id list, or a short while when
// the app opened on another view.

let release: () => void = () => undefined;
const settled = new Promise<void>((resolve) => (release = resolve));

/** Called by the library once its first screenful and its id list are on screen. */
export function librarySettled(): void {
  release();
}

/** Runs `work` in idle time once the library has settled, or after `fallbackMs` at the latest. */
export function afterLibrarySettled(work: () => void, fallbackMs = 2000): void {
  const timeout = new Promise<void>((resolve) => setTimeout(resolve, fallbackMs));
  void Promise.race([settled, timeout]).then(() => requestIdleCallback(() => work(), { timeout: 500 }));
}
