// @vitest-environment jsdom
import { it } from 'vitest';
import { flattenDeepNesting } from '/work/main/renderer/src/importing/dom-limits.js';
it('t', () => {
  const depth = 10_000;
  const html = `<html><body>${'<div>'.repeat(depth)}<p>x y z</p>${'</div>'.repeat(depth)}</body></html>`;
  let t = Date.now();
  const doc = new DOMParser().parseFromString(html, 'text/html');
  console.log('parse', Date.now() - t); t = Date.now();
  const walker = doc.createTreeWalker(doc, 1); let n = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) n++;
  console.log('walk', n, Date.now() - t); t = Date.now();
  flattenDeepNesting('x', doc);
  console.log('flatten', Date.now() - t);
});
