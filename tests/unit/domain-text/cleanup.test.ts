import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanMarkdown, junkReason, removeLines, REMOVED_BY_USER, restoreLines, reviewLines } from '../../../renderer/src/domain/text/cleanup.js';
import { splitLines } from '../../../renderer/src/domain/text/lines.js';

const P1 = 'The fictional council of Valdoria approved the harbour budget on Tuesday after a long debate in the chamber.';
const P2 = 'Members from the coastal districts said the new dredging plan would keep the northern channel open all year.';

describe('junkReason', () => {
  it('flags navigation, share, comment-form and page-number lines', () => {
    expect(junkReason('Share')).toBe('navigation or share label');
    expect(junkReason('## Embedded Tweets')).toBe('navigation or share label');
    expect(junkReason('Read the full article.')).toBe('navigation or share label');
    expect(junkReason('Facebook Twitter Email')).toBe('share buttons');
    expect(junkReason('Home » World » Europe')).toBe('breadcrumb');
    expect(junkReason('This site uses Akismet to reduce spam. Learn how your comment data is processed.')).toBe('comment form');
    expect(junkReason('Page 3 of 12')).toBe('page number');
  });

  it('flags a line that is only a picture or clip file name, whatever its case or heading level', () => {
    for (const line of ['harbour-crane_2031.JPG', '## quay-map-final.png', '**DSC00412.jpeg**', 'briefing_clip.mp4']) {
      expect(junkReason(line)).toBe('picture file name');
    }
  });

  it('keeps file names that are part of a sentence, and names that are not media', () => {
    for (const line of ['The map is saved as quay-map.png in the shared folder.', 'annex-b.pdf', 'Node.js', 'version 2.png release notes']) {
      expect(junkReason(line)).toBeNull();
    }
  });

  it('leaves prose and ordinary headings alone', () => {
    for (const line of [P1, '## Share of Votes by District', 'Related parties met again in June to settle the remaining questions.', 'Email campaigns', '2024']) {
      expect(junkReason(line)).toBeNull();
    }
  });
});

describe('cleanMarkdown', () => {
  it('removes adjacent duplicated captions entirely and later repeats of a line', () => {
    const md = `Dredger at work in the channel\n\nDredger at work in the channel\n\n${P1}\n\n${P2}\n\n${P1}`;
    const { markdown, removed } = cleanMarkdown(md);
    expect(markdown.split(P1)).toHaveLength(2);
    expect(markdown).not.toContain('Dredger');
    expect(removed.map((r) => [r.index, r.reason])).toEqual([
      [0, 'duplicated caption'],
      [2, 'duplicated caption'],
      [8, 'repeats line 5'],
    ]);
  });

  it('keeps repeated list items and headings', () => {
    const md = `## Fees\n\n- North quay\n\n${P1}\n\n## Fees\n\n- North quay\n\n${P2}`;
    expect(cleanMarkdown(md).removed).toEqual([]);
  });

  it('removes a trailing run of three or more headlines after the prose, but not two', () => {
    const run = ['Rail Strike Ends in Marrow After Two Weeks', 'Harbour Festival Returns to Kessel', 'Central Bank Holds Rates Steady Amid Slow Growth'];
    expect(cleanMarkdown([P1, P2, ...run].join('\n\n')).markdown.trim()).toBe(`${P1}\n\n${P2}`);
    expect(cleanMarkdown([P1, P2, ...run.slice(1)].join('\n\n')).removed).toEqual([]);
    // Without prose before it, a list of headlines is the content itself.
    expect(cleanMarkdown(run.join('\n\n')).removed).toEqual([]);
  });

  it('removes comment-form field labels only next to a comment form', () => {
    expect(cleanMarkdown(`${P1}\n\nName\n\nEmail *`).removed.map((r) => r.text)).toEqual(['Email *']);
    const form = cleanMarkdown(`${P1}\n\nLeave a Reply\n\nName *\n\nWebsite\n\nPost Comment`);
    expect(form.markdown.trim()).toBe(P1);
  });

  it('removes lines repeating the title', () => {
    expect(cleanMarkdown(`# Harbour Budget Approved\n\n${P1}`, { title: 'Harbour budget approved' }).markdown.trim()).toBe(P1);
  });

  it('never touches table rows or fenced code', () => {
    const md = `| Share | Tweet |\n| --- | --- |\n| 1 | 2 |\n\n\`\`\`\nShare\nShare\n\`\`\`\n\n${P1}`;
    expect(cleanMarkdown(md).removed).toEqual([]);
  });

  it('restores any chosen removed lines in place', () => {
    const md = `Share\n\n${P1}\n\nAdvertisement\n\n${P2}\n\nTweet`;
    const cleaned = cleanMarkdown(md);
    expect(cleaned.removed.map((r) => r.index)).toEqual([0, 4, 8]);
    const some = restoreLines(cleaned.markdown, cleaned.removed, [4]);
    expect(some.markdown).toBe(`\n${P1}\n\nAdvertisement\n\n${P2}\n`);
    expect(some.removed.map((r) => r.index)).toEqual([0, 8]);
    expect(restoreLines(some.markdown, some.removed, [0, 8]).markdown).toBe(md);
  });
});

const line = fc.oneof(
  fc.constantFrom(P1, P2, 'Share', 'Leave a Reply', 'Name *', '## Related', 'Photo of the quay', '| a | b |', '- item', '', 'Page 2', 'Rail Strike Ends in Marrow After Two Weeks', 'Harbour Festival Returns to Kessel Next Month'),
  fc.string({ maxLength: 40 }),
);

describe('clean-up properties', () => {
  it('is idempotent: cleaning twice equals cleaning once', () => {
    fc.assert(
      fc.property(fc.array(line, { maxLength: 30 }), (lines) => {
        const once = cleanMarkdown(lines.join('\n'));
        const twice = cleanMarkdown(once.markdown);
        expect(twice.markdown).toBe(once.markdown);
        expect(twice.removed).toEqual([]);
      }),
      { numRuns: 400 },
    );
  });

  it('restoring every removed line gives back the original text (up to trailing newlines)', () => {
    fc.assert(
      fc.property(fc.array(line, { maxLength: 30 }), (lines) => {
        const md = lines.join('\n');
        const cleaned = cleanMarkdown(md);
        const restored = restoreLines(cleaned.markdown, cleaned.removed, cleaned.removed.map((r) => r.index));
        // Clean-up normalises line ends and odd spaces (splitLines); restoring gives back that text.
        expect(restored.markdown.replace(/\n+$/, '')).toBe(splitLines(md).join('\n').replace(/\n+$/, ''));
        expect(restored.removed).toEqual([]);
      }),
      { numRuns: 400 },
    );
  });

  it('never removes a line of prose unless it repeats an earlier one', () => {
    fc.assert(
      fc.property(fc.array(line, { maxLength: 30 }), (lines) => {
        const { markdown } = cleanMarkdown(lines.join('\n'));
        for (const p of [P1, P2]) if (lines.includes(p)) expect(markdown).toContain(p);
      }),
      { numRuns: 400 },
    );
  });
});

describe('cleanMarkdown on a copied page', () => {
  const P3 = 'Harbour officials expect the first dredgers to arrive in the spring, once the tender has closed and the contracts are signed.';
  const P4 = 'A reader wrote that the channel had silted up twice in a decade and asked whether the plan would last longer than the last one did.';
  const menu = ['Weather', 'Sport', 'Culture', 'Opinion', 'Podcasts', 'Jobs', 'Shop'];
  const related = ['Council Backs New Ferry Timetable', 'Fishing Fleet Returns Early', 'Lighthouse Reopens to Visitors'];
  const P5 = 'The council will publish the dredging schedule for each berth before the summer season begins.';
  const page = [...menu, '- Is there an audio version?', '- Is there a version in Spanish?', P1, P2, '## The Plan', P3, P5, '5 Comments', P4, ...related].join('\n\n');

  it('keeps the densest run of prose and removes menus, question blocks, comments and related links around it', () => {
    const { markdown, removed } = cleanMarkdown(page, { page: true });
    expect(markdown.split(/\n+/).filter(Boolean)).toEqual([P1, P2, '## The Plan', P3, P5]);
    const reasons = new Set(removed.map((r) => r.reason));
    expect(reasons).toContain('page header or menu before the article');
    expect(reasons).toContain('after the article: related links, comments or footer');
    expect(restoreLines(markdown, removed, removed.map((r) => r.index)).markdown).toBe(page);
  });

  it('leaves text that is not a copied page, or has too little prose to tell, alone', () => {
    expect(cleanMarkdown([...menu, P1].join('\n\n'), { page: false }).removed.map((r) => r.text)).not.toContain('Weather');
    expect(cleanMarkdown([...menu, 'One short paragraph of text.'].join('\n\n'), { page: true }).removed).toEqual([]);
  });
});

describe('import review', () => {
  const page = ['Harbour Board Approves Quay Repairs', 'Share this article', '', 'The harbour board approved the repair plan for the northern quay on Tuesday, after months of delay.', 'Work will begin in the spring, the board said.', 'Leave a Reply'].join('\n');

  it('shows kept and removed lines in their original order', () => {
    const cleaned = cleanMarkdown(page);
    const lines = reviewLines(cleaned.markdown, cleaned.removed);
    expect(lines.map((l) => l.text).join('\n')).toBe(page);
    expect(lines.filter((l) => l.removed).map((l) => l.index)).toEqual(cleaned.removed.map((r) => r.index));
  });

  it('removes a kept line with its own reason, and restoring it gives the text back as it was', () => {
    const cleaned = cleanMarkdown(page);
    const work = reviewLines(cleaned.markdown, cleaned.removed).find((l) => l.text.startsWith('Work will begin'))!;
    const out = removeLines(cleaned.markdown, cleaned.removed, [work.index]);
    expect(out.markdown).not.toContain('Work will begin');
    expect(out.removed.find((r) => r.index === work.index)).toEqual({ index: work.index, text: work.text, reason: REMOVED_BY_USER });
    expect(restoreLines(out.markdown, out.removed, [work.index])).toEqual(cleaned);
    expect(restoreLines(out.markdown, out.removed, out.removed.map((r) => r.index)).markdown).toBe(page);
  });
});
