// The headless stand-in for the desktop app's main process: Debian's Chromium driven by
// Playwright, serving the renderer bundle on a fixed loopback origin (answered in the browser) so a profile's IndexedDB
// is found again on every run, and refusing every request that leaves that origin.
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { existsSync } from 'node:fs';
import type { PrintEntry, PrintInfo, PrintReadyState } from '../common/print-page.js';
import type { PrintPageState, PrintRequest, PrintSession } from '../services/pdf-export.js';
import { bundleFileReader, serveBundleRequest } from '../services/bundle-server.js';

/** Debian's Chromium (never a downloaded browser); CHROMIUM_PATH overrides. */
export function chromiumPath(): string {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  return existsSync('/usr/lib/chromium/chromium') ? '/usr/lib/chromium/chromium' : '/usr/bin/chromium';
}

/** The one origin headless profiles use: IndexedDB belongs to an origin, so it never changes. */
export const HEADLESS_PORT = 4311;

/**
 * A PrintSession on a new page of a Playwright context (the CLI's, or a test's). `redactions` are
 * extra phrases for this export only, handed to the print view before it loads.
 */
export function playwrightPrintSession(context: BrowserContext, redactions: readonly string[] = []): PrintSession {
  let page: Page | undefined;
  const current = (): Page => {
    if (!page) throw new Error('The print view is not loaded.');
    return page;
  };
  return {
    async load(url): Promise<PrintPageState> {
      if (!page) {
        page = await context.newPage();
        if (redactions.length) await page.addInitScript((phrases) => void (window.chanceryPrintRedactions = phrases), [...redactions]);
      }
      await page.goto(url);
      const state = await page.waitForFunction(
        () => {
          const s = document.documentElement.dataset.printReady as PrintReadyState | undefined;
          return s === 'true' || s === 'missing' ? s : null;
        },
        undefined,
        { timeout: 120_000 },
      );
      return (await state.jsonValue()) === 'true' ? 'ready' : 'missing';
    },
    info: (): Promise<PrintInfo> => current().evaluate(() => window.chanceryPrint!.info()),
    entries: (): Promise<PrintEntry[]> => current().evaluate(() => window.chanceryPrint!.entries()),
    setPageNumbers: (pages) => current().evaluate((p) => window.chanceryPrint!.setPageNumbers(p), pages),
    print: async (request: PrintRequest) =>
      new Uint8Array(
        await current().pdf({
          format: request.paper,
          printBackground: true,
          displayHeaderFooter: true,
          headerTemplate: request.headerTemplate,
          footerTemplate: request.footerTemplate,
          // Size and margins come from the print view's @page rule.
          preferCSSPageSize: true,
          tagged: true,
          outline: true,
        }),
      ),
    close: async () => {
      await page?.close();
      page = undefined;
    },
  };
}

export interface ChromiumHost {
  context: BrowserContext;
  /** The served renderer's base URL, ending in "/". */
  baseUrl: string;
  close(): Promise<void>;
}

/** The request target's path as sent, so the bundle guard sees "..", "%2e" and friends. */
const rawPathname = (url: string): string => url.replace(/^[a-z]+:\/\/[^/]+/i, '').split(/[?#]/)[0] ?? '/';

/**
 * Opens a persistent Chromium profile on the fixed origin, serving `rendererDir`. The bundle is
 * answered inside the browser (request interception), not by a loopback server, so no port is
 * taken and two commands, or a test run beside a command, never collide on the origin.
 */
export async function openChromiumHost(profileDir: string, rendererDir: string, port = HEADLESS_PORT): Promise<ChromiumHost> {
  const baseUrl = `http://127.0.0.1:${port}/`;
  const origin = new URL(baseUrl).origin;
  const readBundleFile = bundleFileReader(rendererDir);
  const context = await chromium.launchPersistentContext(profileDir, { executablePath: chromiumPath(), headless: true });
  try {
    await context.route('**/*', async (route) => {
      const request = route.request();
      if (new URL(request.url()).origin !== origin) return route.abort('blockedbyclient');
      const answer = await serveBundleRequest(request.method(), rawPathname(request.url()), readBundleFile);
      return route.fulfill({ status: answer.status, headers: { ...answer.headers, 'Cache-Control': 'no-store' }, body: Buffer.from(answer.body) });
    });
  } catch (error) {
    await context.close();
    throw error;
  }
  return { context, baseUrl, close: () => context.close() };
}
