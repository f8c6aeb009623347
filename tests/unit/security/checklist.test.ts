// Electron's security checklist (docs/tutorial/security.md, 20 items). SECURITY.md carries the
// table; this file checks that the table lists every item, that each enforced item names a
// behaviour test that exists, and that Electron glue which cannot run here is named as a review.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const source = (file: string) => readFileSync(file, 'utf8');

/** The checklist's items, in the order of Electron's document. */
export const CHECKLIST = [
  'Only load secure content',
  'Do not enable Node.js integration for remote content',
  'Enable context isolation',
  'Enable process sandboxing',
  'Handle session permission requests from remote content',
  'Do not disable webSecurity',
  'Define a Content-Security-Policy',
  'Do not enable allowRunningInsecureContent',
  'Do not enable experimental features',
  'Do not use enableBlinkFeatures',
  'Do not use allowpopups for WebViews',
  'Verify WebView options before creation',
  'Disable or limit navigation',
  'Disable or limit creation of new windows',
  'Do not use shell.openExternal with untrusted content',
  'Use a current version of Electron',
  'Validate the sender of all IPC messages',
  'Avoid usage of the file:// protocol and prefer usage of custom protocols',
  'Check which fuses you can change',
  'Do not expose Electron APIs to untrusted web content',
] as const;

describe('Electron security checklist', () => {
  // Every other item is proven by the behaviour tests SECURITY.md names for it (window options,
  // guards, CSP, IPC, preload, fuses); this file keeps only what no other test covers.
  it('16. a current Electron major is pinned', () => {
    const range = JSON.parse(readFileSync('package.json', 'utf8')).devDependencies.electron as string;
    expect(Number(/(\d+)/.exec(range)?.[1])).toBeGreaterThanOrEqual(45);
  });
});

describe('SECURITY.md', () => {
  const rows = source('SECURITY.md')
    .split('\n')
    .map((line) => /^\|\s*(\d+)\s*\|([^|]+)\|([^|]+)\|([^|]+)\|/.exec(line))
    .filter((m): m is RegExpExecArray => m !== null);

  it('lists all 20 checklist items in order, each enforced or not applicable', () => {
    expect(rows.map((r) => r[2]!.trim())).toEqual([...CHECKLIST]);
    expect(rows.map((r) => Number(r[1]))).toEqual(CHECKLIST.map((_, i) => i + 1));
    for (const row of rows) expect(row[3]!.trim(), row[2]).toMatch(/^(enforced|not applicable)$/);
  });

  it('names an existing test file for each enforced item, and a reason for the others', () => {
    for (const row of rows) {
      const evidence = row[4]!;
      if (row[3]!.trim() === 'enforced') {
        const files = [...evidence.matchAll(/`(tests\/[^`]+\.ts)`/g)].map((m) => m[1]!);
        expect(files.length, `${row[2]} names its test`).toBeGreaterThan(0);
        for (const file of files) expect(existsSync(file), file).toBe(true);
      } else expect(evidence.trim().length, `${row[2]} gives a reason`).toBeGreaterThan(20);
    }
  });

  it('names this file only for the item it proves, and names each review it lists', () => {
    const self = 'tests/unit/security/checklist.test.ts';
    expect(rows.filter((r) => r[4]!.includes(self)).map((r) => Number(r[1]))).toEqual([16]);
    const reviews = [...source('SECURITY.md').matchAll(/^- \*\*Review (\d+)\*\*/gm)].map((m) => Number(m[1]));
    expect(reviews.length).toBeGreaterThan(0);
    for (const n of reviews) expect(rows.find((r) => Number(r[1]) === n)?.[4], `row ${n} points at its review`).toMatch(/review below/);
  });
});
