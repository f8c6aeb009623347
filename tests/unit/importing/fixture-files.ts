// Reads the import fixtures and the shared seeds; shared by the importing tests.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { ImportInput } from '../../../renderer/src/domain/import.js';

// Vitest runs from the project root (jsdom's import.meta.url is not a file URL).
const FIXTURES = resolve('tests/fixtures/import');
export const SEEDS_DIR = resolve('../shared/seeds');

export function fixture(name: string, type?: string): ImportInput {
  return { name, bytes: new Uint8Array(readFileSync(join(FIXTURES, name))), ...(type ? { type } : {}) };
}

/** The four real scraped articles, or none (with a warning) where ../shared/seeds is absent. */
export function seeds(): Map<string, ImportInput> {
  const found = new Map<string, ImportInput>();
  if (!existsSync(SEEDS_DIR)) {
    console.warn(`Seed tests skipped: ${SEEDS_DIR} does not exist on this machine.`);
    return found;
  }
  for (const name of readdirSync(SEEDS_DIR).filter((n) => n.endsWith('.txt')).sort()) {
    found.set(name.slice(0, 3), { name, bytes: new Uint8Array(readFileSync(join(SEEDS_DIR, name))) });
  }
  return found;
}
