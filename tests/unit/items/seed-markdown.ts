// Test helper: the seeds are scraped plain text, not Markdown. This turns them into the
// Markdown an importer would plausibly produce: one paragraph per line, pipe-table lines and
// "- "/"•" lines kept together as GFM blocks, and (optionally) short title lines as headings.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const SEEDS_DIR = fileURLToPath(new URL('../../../../shared/seeds/', import.meta.url));

/** The seed whose file name starts with `prefix`, or null when the seeds folder is absent. */
export function readSeed(prefix: string): string | null {
  if (!existsSync(SEEDS_DIR)) return null;
  const name = readdirSync(SEEDS_DIR).find((f) => f.startsWith(prefix));
  return name ? readFileSync(`${SEEDS_DIR}${name}`, 'utf8') : null;
}

const isTitle = (line: string): boolean =>
  line.split(/\s+/).length <= 12 && /^\p{Lu}/u.test(line) && !/[.!?:;,]$/u.test(line);

export function seedToMarkdown(text: string, headings: boolean): string {
  const blocks: string[] = [];
  let group = null as { kind: 'table' | 'list'; lines: string[] } | null;
  const flush = (): void => {
    if (group) blocks.push(group.lines.join('\n'));
    group = null;
  };
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim().replace(/^•\s*/u, '- ');
    const kind = line.startsWith('|') ? 'table' : line.startsWith('- ') ? 'list' : null;
    if (kind) {
      if (group?.kind !== kind) flush();
      group ??= { kind, lines: [] };
      group.lines.push(line);
      continue;
    }
    flush();
    if (line === '') continue;
    const heading = headings && isTitle(line) ? (blocks.length === 0 ? '# ' : '## ') : '';
    blocks.push(heading + line);
  }
  flush();
  return blocks.join('\n\n') + '\n';
}
