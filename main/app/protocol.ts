// The app:// scheme: the renderer bundle is served from disk under one fixed origin.
import { protocol } from 'electron';
import { APP_HOST, APP_SCHEME } from '../common/csp.js';
import { bundleFileReader, notFound, serveBundleRequest } from '../services/bundle-server.js';

/**
 * Must run before `app.ready`. `standard` gives the scheme a real origin (IndexedDB and
 * relative URLs need it), `secure` makes it a secure context, `stream` lets media seek.
 */
export function registerAppSchemePrivileged(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: false, stream: true },
    },
  ]);
}

/** Serves `rendererDir` as app://chancery/ on the default session (call after ready). */
export function handleAppProtocol(rendererDir: string): void {
  const readBundleFile = bundleFileReader(rendererDir);
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    const response =
      url.host === APP_HOST ? await serveBundleRequest(request.method, url.pathname, readBundleFile) : notFound();
    return new Response(response.body, { status: response.status, headers: response.headers });
  });
}
