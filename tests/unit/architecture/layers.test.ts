// The layer allowlist in eslint.layers.js, probed: a file of each forbidden kind, placed in the
// folder it would live in, must fail lint; the imports each layer is meant to use must pass.
import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';

const eslint = new ESLint({ cwd: process.cwd() });

async function layerErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.filter((m) => m.ruleId?.startsWith('boundaries/')).map((m) => m.message);
}

const probe = (specifier: string, typeOnly = false) =>
  typeOnly ? `import type * as probe from '${specifier}';\nexport type Probe = typeof probe;\n` : `import * as probe from '${specifier}';\nexport const used = probe;\n`;

const FORBIDDEN: [folder: string, specifier: string, why: string][] = [
  ['renderer/src/domain', 'electron', 'domain is pure'],
  ['renderer/src/domain', '../../../main/common/result.js', 'domain imports only domain'],
  ['renderer/src/domain', '@mozilla/readability', 'no DOM-bound library in domain'],
  ['renderer/src/domain', 'turndown', 'no DOM-bound library in domain'],
  ['renderer/src/domain', 'dexie', 'no storage in domain'],
  ['renderer/src/domain', '../workflows/retag.js', 'domain imports only domain'],
  ['renderer/src/domain', '../search/search-index.js', 'domain imports only domain'],
  ['renderer/src/domain', 'node:fs/promises', 'no Node in the renderer'],
  ['renderer/src/ui', '../data/db.js', 'views never hold the raw Dexie handle'],
  ['renderer/src/ui', 'dexie', 'views read storage through repositories'],
  ['renderer/src/ui', 'node:fs', 'no Node in the renderer'],
  ['renderer/src/ui', '../../../main/common/result.js', 'the renderer takes only types from main/common'],
  ['renderer/src/search', '../data/db.js', 'only the named indexer reads the database'],
  ['renderer/src/workflows', '../data/db.js', 'workflows go through repositories'],
  ['renderer/src/rendering', '../data/briefs.js', 'rendering knows nothing of storage'],
  ['renderer/src/data', 'lit', 'repositories do not render'],
  ['renderer/src/data/crypto', 'dexie', 'the cryptography knows nothing of storage'],
  ['renderer/src/data/crypto', '../../domain/types.js', 'the cryptography knows nothing of records'],
  ['renderer/src/data/protection', '../briefs.js', 'the sealing layer knows nothing of the repositories'],
  ['renderer/src/ui', '../data/crypto/keyring.js', 'views reach protection through data/library-protection.ts'],
  ['renderer/src/ui', '../data/protection/middleware.js', 'views reach protection through data/library-protection.ts'],
  ['renderer/src/domain', 'hash-wasm', 'no cryptography library in domain'],
  ['main/common', 'electron', 'main/common is environment-neutral'],
  ['main/common', 'node:path', 'main/common is environment-neutral'],
  ['main/common', '../services/save-file.js', 'main/common imports nothing outside itself'],
  ['main/services', '../app/protocol.js', 'services take Electron calls as parameters'],
  ['main/services', '../../renderer/src/importing/index.js', 'main never imports the renderer'],
  ['main/services', 'electron', 'services take Electron calls as parameters'],
  ['main/headless', '../../renderer/src/domain/import.js', 'main never imports the renderer'],
  ['main/ipc', 'electron', 'IPC handlers take Electron types only'],
];

const ALLOWED: [folder: string, specifier: string, typeOnly?: boolean][] = [
  ['renderer/src/domain', 'zod'],
  ['renderer/src/domain', './types.js'],
  ['renderer/src/data', 'dexie'],
  ['renderer/src/data', 'lit', true],
  ['renderer/src/data', './crypto/keyring.js'],
  ['renderer/src/data', './protection/middleware.js'],
  ['renderer/src/data/crypto', 'hash-wasm'],
  ['renderer/src/data/protection', '../crypto/envelope.js'],
  ['renderer/src/data/protection', 'dexie'],
  ['renderer/src/ui', '../data/library-protection.js'],
  ['renderer/src/ui', 'lit'],
  ['renderer/src/ui', '../data/briefs.js'],
  ['renderer/src/ui', '../../../main/common/result.js', true],
  ['renderer/src/search', '../data/change-feed.js'],
  ['main/services', 'node:path'],
  ['main/app', 'electron'],
  ['main/ipc', 'electron', true],
];

describe('layer allowlist', () => {
  it.each(FORBIDDEN)('%s may not import %s (%s)', async (folder, specifier) => {
    expect(await layerErrors(`${folder}/layer-probe.ts`, probe(specifier))).not.toEqual([]);
  });

  it.each(ALLOWED)('%s may import %s', async (folder, specifier, typeOnly) => {
    expect(await layerErrors(`${folder}/layer-probe.ts`, probe(specifier, typeOnly))).toEqual([]);
  });

  it('knows every source file: a file outside the named layers fails', async () => {
    expect(await layerErrors('renderer/src/stray/layer-probe.ts', 'export const stray = 1;\n')).not.toEqual([]);
  });
});
