// Request → response for the renderer bundle, shared by the app:// protocol handler (Electron)
// and the static preview server (Node). File access is injected so the logic is testable.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../common/csp.js';
import { contentTypeFor, resolveBundlePath } from '../common/bundle-path.js';

/** Reads a bundle-relative path; resolves null when there is no such file. */
export type ReadBundleFile = (relativePath: string) => Promise<Uint8Array<ArrayBuffer> | null>;

export interface BundleResponse {
  status: number;
  headers: Record<string, string>;
  body: Uint8Array<ArrayBuffer>;
}

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};

const text = (status: number, message: string, extra: Record<string, string> = {}): BundleResponse => ({
  status,
  headers: { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8', ...extra },
  body: new TextEncoder().encode(message),
});

export const notFound = (): BundleResponse => text(404, 'Not found');

/**
 * Serves one request for `pathname` (already split from host and query). Only GET and HEAD;
 * a path the guard refuses gets the same 404 as a missing file, so probing learns nothing.
 */
export async function serveBundleRequest(
  method: string,
  pathname: string,
  readBundleFile: ReadBundleFile,
): Promise<BundleResponse> {
  if (method !== 'GET' && method !== 'HEAD') return text(405, 'Method not allowed', { Allow: 'GET, HEAD' });
  const relativePath = resolveBundlePath(pathname);
  const body = relativePath === null ? null : await readBundleFile(relativePath);
  if (relativePath === null || body === null) return notFound();
  return {
    status: 200,
    headers: { ...SECURITY_HEADERS, 'Content-Type': contentTypeFor(relativePath) },
    body: method === 'HEAD' ? new Uint8Array(0) : body,
  };
}

const MISSING = new Set(['ENOENT', 'EISDIR', 'ENOTDIR']);

/** Reads files below `root` (a path from resolveBundlePath never leaves it). */
export function bundleFileReader(root: string): ReadBundleFile {
  return async (relativePath) => {
    try {
      return await readFile(join(root, relativePath));
    } catch (error) {
      if (MISSING.has((error as NodeJS.ErrnoException).code ?? '')) return null;
      throw error;
    }
  };
}
