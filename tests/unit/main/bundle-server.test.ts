import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request } from 'node:http';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundleFileReader, serveBundleRequest } from '../../../main/services/bundle-server.js';
import { startStaticServer } from '../../../main/headless/static-server.js';
import type { StaticServer } from '../../../main/headless/static-server.js';
import { CONTENT_SECURITY_POLICY } from '../../../main/common/csp.js';
import { TRAVERSAL_PATHS } from './traversal-paths.js';

// A real directory: <tmp>/secret.txt beside <tmp>/renderer/{index.html, assets/app.js}.
const SECRET = 'TOP SECRET: the Ruritanian envoy prefers tea';
const INDEX = '<!doctype html><title>Fictional Chancery fixture</title>';
let base = '';
let root = '';

beforeAll(async () => {
  base = await mkdtemp(join(tmpdir(), 'chancery-bundle-'));
  root = join(base, 'renderer');
  await mkdir(join(root, 'assets'), { recursive: true });
  await writeFile(join(base, 'secret.txt'), SECRET);
  await writeFile(join(root, 'index.html'), INDEX);
  await writeFile(join(root, 'assets', 'app.js'), 'console.log("fixture")');
});
afterAll(() => rm(base, { recursive: true, force: true }));

const decode = (bytes: Uint8Array): string => new TextDecoder().decode(bytes);

describe('serveBundleRequest with files on disk', () => {
  it('serves index.html for "/" with the CSP and nosniff headers', async () => {
    const response = await serveBundleRequest('GET', '/', bundleFileReader(root));
    expect(response.status).toBe(200);
    expect(decode(response.body)).toBe(INDEX);
    expect(response.headers['Content-Type']).toBe('text/html; charset=utf-8');
    expect(response.headers['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers['X-Content-Type-Options']).toBe('nosniff');
  });

  it('serves nested assets with their type', async () => {
    const response = await serveBundleRequest('GET', '/assets/app.js', bundleFileReader(root));
    expect(response.status).toBe(200);
    expect(response.headers['Content-Type']).toBe('text/javascript; charset=utf-8');
    expect(decode(response.body)).toContain('fixture');
  });

  it.each(TRAVERSAL_PATHS)('answers 404 without the secret for %j', async (path) => {
    const response = await serveBundleRequest('GET', path, bundleFileReader(root));
    expect(response.status).toBe(404);
    expect(decode(response.body)).not.toContain('Ruritanian');
    expect(response.headers['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
  });

  it('answers 404 for a missing file and for a folder without index.html', async () => {
    expect((await serveBundleRequest('GET', '/missing.js', bundleFileReader(root))).status).toBe(404);
    expect((await serveBundleRequest('GET', '/assets', bundleFileReader(root))).status).toBe(404);
  });

  it('answers HEAD without a body and refuses other methods', async () => {
    const head = await serveBundleRequest('HEAD', '/index.html', bundleFileReader(root));
    expect(head.status).toBe(200);
    expect(head.body.byteLength).toBe(0);
    const post = await serveBundleRequest('POST', '/index.html', bundleFileReader(root));
    expect(post.status).toBe(405);
    expect(post.headers.Allow).toBe('GET, HEAD');
  });

  it('lets read errors other than "missing" surface', async () => {
    const failing = () => Promise.reject(Object.assign(new Error('disk on fire'), { code: 'EIO' }));
    await expect(serveBundleRequest('GET', '/index.html', failing)).rejects.toThrow('disk on fire');
  });
});

describe('startStaticServer', () => {
  let server: StaticServer;
  beforeAll(async () => {
    server = await startStaticServer({ root, port: 0 });
  });
  afterAll(() => server.close());

  // node:http sends the path exactly as written (fetch would normalize "..").
  /** hostHeader: undefined sends node's own Host header, null sends none. */
  const get = (path: string, hostHeader?: string | null): Promise<{ status: number; headers: Record<string, unknown>; body: string }> =>
    new Promise((resolve, reject) => {
      const { hostname, port } = new URL(server.url);
      const headers = hostHeader ? { Host: hostHeader } : {};
      const req = request({ host: hostname, port, path, method: 'GET', headers, setHost: hostHeader !== null }, (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      });
      req.on('error', reject);
      req.end();
    });

  it('listens on loopback and serves the bundle with the CSP header', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const response = await get('/?route=library');
    expect(response.status).toBe(200);
    expect(response.body).toBe(INDEX);
    expect(response.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers['x-content-type-options']).toBe('nosniff');
  });

  it.each(TRAVERSAL_PATHS.filter((path) => path.startsWith('/') && !path.includes('\u0000') && !path.includes('\\')))(
    'answers 404 over HTTP for %j',
    async (path) => {
      const response = await get(path);
      expect(response.status).toBe(404);
      expect(response.body).not.toContain('Ruritanian');
    },
  );

  it('answers only requests addressed to its own loopback name and port (no DNS rebinding)', async () => {
    const { port } = new URL(server.url);
    expect((await get('/', `127.0.0.1:${port}`)).status).toBe(200);
    expect((await get('/', `localhost:${port}`)).status).toBe(200);
    for (const host of [`attacker.example:${port}`, 'attacker.example', `127.0.0.1:${Number(port) + 1}`, '127.0.0.1', `localhost.:${port}`]) {
      const response = await get('/index.html', host);
      expect(response.status, host).toBe(421);
      expect(response.body).not.toContain('Ruritanian');
    }
    // With no Host header at all, node's HTTP server answers 400 before the handler runs.
    expect((await get('/index.html', null)).status).toBe(400);
  });
});
