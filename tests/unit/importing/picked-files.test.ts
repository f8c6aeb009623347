// What one pick becomes: files picked one by one keep every file (a picture no page takes is told
// it cannot be imported), a folder is read for the endings Chancery imports, and in both the
// pictures go with the pages rather than being imported on their own.
import { describe, expect, it } from 'vitest';
import { planPicked } from '../../../renderer/src/workflows/picked-files.js';

function file(pathInPick: string, folder = false): File {
  const f = new File(['x'], pathInPick.slice(pathInPick.lastIndexOf('/') + 1));
  Object.defineProperty(f, 'webkitRelativePath', { value: folder ? pathInPick : '' });
  return f;
}

describe('planning one pick', () => {
  it('gives the pictures picked with a page to the pages, by file name when picked one by one', () => {
    const plan = planPicked([file('page.html'), file('chart.png'), file('notes.md'), file('style.css')], { folder: false });
    expect(plan.sources.map((s) => s.name)).toEqual(['page.html', 'notes.md', 'style.css']);
    expect(plan.pictures.map((p) => p.path)).toEqual(['chart.png']);
    expect(plan.reportUnusedPictures).toBe(true);
  });

  it('reads a folder for pages, documents and pictures by their path in it, passing over the rest', () => {
    const plan = planPicked([file('site/page.html', true), file('site/page_files/a.JPG', true), file('site/page_files/app.js', true), file('site/report.pdf', true)], { folder: true });
    expect(plan.sources.map((s) => s.name)).toEqual(['page.html', 'report.pdf']);
    expect(plan.pictures.map((p) => p.path)).toEqual(['site/page_files/a.JPG']);
    expect(plan.reportUnusedPictures).toBe(false);
  });

  it('without a page, pictures picked one by one are files like any other; a folder’s are passed over', () => {
    expect(planPicked([file('chart.png'), file('notes.md')], { folder: false }).sources.map((s) => s.name)).toEqual(['chart.png', 'notes.md']);
    expect(planPicked([file('d/chart.png', true), file('d/notes.md', true)], { folder: true }).sources.map((s) => s.name)).toEqual(['notes.md']);
  });
});
