// @vitest-environment jsdom
import { test } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { importDocument } from '../../../renderer/src/importing/index.js';
test('seeds', async () => {
  for (const f of readdirSync('../shared/seeds')) {
    const d = await importDocument({ name: f, bytes: readFileSync(`../shared/seeds/${f}`) });
    console.log("=====", f, d.title, "|", d.byline, "|", d.removedLines.map((r) => r.index + ":" + r.reason + ":" + r.text.slice(0, 30)).join(" ; "));
    console.log(d.markdown.split('\n').map((l) => l.slice(0, 110)).join('\n'));
  }
});
