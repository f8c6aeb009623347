// Topic tagging measured on a labelled set: the shared seeds (read from ../shared at run time,
// labelled in tests/fixtures/topics/labels.json as "seed:NNN") plus original short briefs in
// tests/fixtures/topics. Each brief is imported like a user's file, and its topics are compared
// with the labels: precision is the share of given topics that are right, recall the share of
// labelled topics that were given (both over all briefs together).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { importDocument } from '../../renderer/src/importing/index.js';
import { SEEDS_DIR } from './fidelity-corpus.js';

export const TOPICS_DIR = resolve('tests/fixtures/topics');

export interface TopicResult {
  name: string;
  expected: string[];
  got: string[];
}

export interface TopicScore {
  briefs: TopicResult[];
  precision: number;
  recall: number;
}

export async function scoreTopics(dir = TOPICS_DIR, seedsDir = SEEDS_DIR): Promise<TopicScore> {
  const labels = JSON.parse(readFileSync(join(dir, 'labels.json'), 'utf8')) as Record<string, string[]>;
  const seeds = existsSync(seedsDir) ? readdirSync(seedsDir).filter((n) => n.endsWith('.txt')) : [];
  const briefs: TopicResult[] = [];
  for (const [key, expected] of Object.entries(labels)) {
    const seed = key.startsWith('seed:') ? seeds.find((n) => n.startsWith(key.slice(5))) : undefined;
    if (key.startsWith('seed:') && !seed) continue;
    const path = seed ? join(seedsDir, seed) : join(dir, key);
    const { draft } = await importDocument({ name: seed ?? key, bytes: new Uint8Array(readFileSync(path)) });
    briefs.push({ name: seed ?? key, expected, got: draft.topics });
  }
  const given = briefs.reduce((n, b) => n + b.got.length, 0);
  const labelled = briefs.reduce((n, b) => n + b.expected.length, 0);
  const right = briefs.reduce((n, b) => n + b.got.filter((t) => b.expected.includes(t)).length, 0);
  return { briefs, precision: given ? right / given : 1, recall: labelled ? right / labelled : 1 };
}
