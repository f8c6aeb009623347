// A static server for the renderer bundle on loopback, with the same path guard and headers as
// app://. Used by `npm run preview`, the Playwright config and the headless Chromium harness.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { bundleFileReader, notFound, serveBundleRequest } from '../services/bundle-server.js';
import type { BundleResponse } from '../services/bundle-server.js';

export interface StaticServerOptions {
  /** The directory served as "/" (dist/renderer). */
  root: string;
  /** 0 picks a free port. */
  port?: number;
  host?: string;
}

export interface StaticServer {
  /** Base URL ending in "/", e.g. http://127.0.0.1:4173/ */
  url: string;
  close(): Promise<void>;
}

/** The request target's path, unnormalized: the guard must see "..", "%2e" and friends as sent. */
const rawPathname = (target: string): string | null => (target.startsWith('/') ? (target.split(/[?#]/)[0] ?? '') : null);

/**
 * The Host headers this server answers: its own address and port, and "localhost" on that port.
 * A page on any other name that resolves here (DNS rebinding) must not read the app or its data.
 */
export function allowedHosts(address: string, port: number): Set<string> {
  const hosts = new Set([`${address}:${port}`]);
  if (address === '127.0.0.1' || address === '[::1]') hosts.add(`localhost:${port}`);
  return hosts;
}

export async function startStaticServer({ root, port = 0, host = '127.0.0.1' }: StaticServerOptions): Promise<StaticServer> {
  const readBundleFile = bundleFileReader(root);
  let hosts = new Set<string>();
  const server = createServer((request, response) => {
    if (!hosts.has((request.headers.host ?? '').toLowerCase())) {
      response.writeHead(421, { 'Content-Type': 'text/plain; charset=utf-8' }).end('This server answers only its own loopback address.');
      return;
    }
    const pathname = rawPathname(request.url ?? '');
    const answer: Promise<BundleResponse> =
      pathname === null ? Promise.resolve(notFound()) : serveBundleRequest(request.method ?? 'GET', pathname, readBundleFile);
    answer.then(
      (result) => {
        const length = request.method === 'HEAD' ? {} : { 'Content-Length': String(result.body.byteLength) };
        response.writeHead(result.status, { ...result.headers, ...length, 'Cache-Control': 'no-store' });
        response.end(result.body);
      },
      (error: unknown) => {
        console.error('Static server could not read a file:', error);
        response.writeHead(500).end();
      },
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const address = server.address() as AddressInfo;
  const urlHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  hosts = allowedHosts(urlHost, address.port);
  return {
    url: `http://${urlHost}:${address.port}/`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
