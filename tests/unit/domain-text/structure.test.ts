import { describe, expect, it } from 'vitest';
import { parseByline, stripBreadcrumb, structurePlainText, titleFromLede } from '../../../renderer/src/domain/text/structure.js';
import { toGfmTable } from '../../../renderer/src/domain/text/tables.js';

const LEDE = 'The fictional port of Kessel reopened its northern quay on Monday after a winter of repairs to the sea wall.';

describe('structurePlainText', () => {
  it('reads title, dek, byline and date from the first lines', () => {
    const s = structurePlainText(`Kessel Reopens Its Northern Quay\nRepairs to the sea wall finished early\nBy Ana Ruiz and Tom Hale\nMay 2, 2024\n\n${LEDE}`);
    expect(s).toMatchObject({ title: 'Kessel Reopens Its Northern Quay', subtitle: 'Repairs to the sea wall finished early', byline: 'Ana Ruiz and Tom Hale', publishedAt: '2024-05-02' });
    expect(s.markdown).toBe(LEDE);
  });

  it('makes a short title from the lede when there is no title line, and keeps the lede', () => {
    const s = structurePlainText(`${LEDE}\n${LEDE.replace('Monday', 'Friday')}`);
    expect(s.title).toBe('The fictional port of Kessel reopened its northern quay on Monday');
    expect(s.markdown.startsWith(LEDE)).toBe(true);
  });

  it('marks headings: short lines before prose, Title Case lines, and Title Case lead-ins ending with a colon', () => {
    const md = structurePlainText(`Title Line Here\n\n${LEDE}\nWhat Comes Next\n${LEDE}\nKey Measures:\n- One\n- Two\nthe list below covers these items:\n- Three`).markdown;
    expect(md).toContain('## What Comes Next\n\n');
    expect(md).toContain('### Key Measures\n\n- One\n- Two');
    expect(md).toContain('the list below covers these items:\n\n- Three');
  });

  it('turns bullet styles into Markdown lists and escapes Markdown in prose', () => {
    const md = structurePlainText(`Heading Words\n${LEDE}\n  • first\n* second\n1) third\n2. fourth\n2024. A year that began *quietly* with [brackets].`).markdown;
    expect(md).toContain('- first\n- second');
    expect(md).toContain('1. third\n2. fourth');
    expect(md).toContain('2024\\. A year that began \\*quietly\\* with \\[brackets\\].');
  });

  it('turns pipe rows into a GFM table, with or without a separator row', () => {
    const md = structurePlainText(`Fees Table Follows\n${LEDE}\n| Berth | Fee |\n| North | 40 |\n| South | 35 | extra |`).markdown;
    expect(md).toContain('| Berth | Fee |  |\n| --- | --- | --- |\n| North | 40 |  |\n| South | 35 | extra |');
  });
});

describe('header helpers', () => {
  it('strips breadcrumb prefixes', () => {
    expect(stripBreadcrumb('home Europe, Maritime Kessel Reopens Its Quay')).toBe('Kessel Reopens Its Quay');
    expect(stripBreadcrumb('Home » World » Kessel Reopens Its Quay')).toBe('Kessel Reopens Its Quay');
    expect(stripBreadcrumb('home Kessel Reopens Its Quay', ['Its Quay'])).toBe('Kessel Reopens Its Quay');
    expect(stripBreadcrumb('home News Kessel: The Quay Reopens', ['Kessel: The Quay Reopens'])).toBe('Kessel: The Quay Reopens');
    expect(stripBreadcrumb('Homeland Security Meets')).toBe('Homeland Security Meets');
  });

  it('parses bylines and refuses sentences that start with "By"', () => {
    expect(parseByline('By Jane Roe | June 3, 2024')).toEqual({ byline: 'Jane Roe', publishedAt: '2024-06-03' });
    expect(parseByline('Por Lucía Herrero')).toEqual({ byline: 'Lucía Herrero', publishedAt: null });
    expect(parseByline('By reinforcing joint strategies, both countries aim higher.')).toBeNull();
    expect(parseByline('By Monday, the council had agreed on the new quotas for the season.')).toBeNull();
  });

  it('cuts a lede to its first clause, before a preposition, or to twelve words', () => {
    expect(titleFromLede('Ministers from Valdoria met in Kessel on Monday, ending a long dispute. More text.')).toBe('Ministers from Valdoria met in Kessel on Monday');
    expect(titleFromLede('U.S. and Valdorian officials met Gen. Brand in the port of Kessel for talks about fishing quotas and shared patrols in the sound')).toBe(
      'U.S. and Valdorian officials met Gen. Brand in the port of Kessel',
    );
    expect(titleFromLede('Valdorian Premier Ana Kessel held a "productive session" with Ostrian Interior Minister Paul Brand on Tuesday, signalling closer ties.')).toBe(
      'Valdorian Premier Ana Kessel held a "productive session"',
    );
    expect(titleFromLede('Delegationsfromthenorthernprovincesandthesouthernprovincesgatheredtodiscussquotasagainandagainandagainwithoutpause ok then')).toMatch(/^\S+( \S+){0,11}$/);
    expect(titleFromLede('One two three four five six seven eight nine ten eleven twelve thirteen fourteen')).toBe('One two three four five six seven eight nine ten eleven twelve…');
  });

  it('normalises table rows', () => {
    expect(toGfmTable(['| a | b |', '|---|:-:|', '| 1 | 2 |'])).toEqual(['| a | b |', '| --- | --- |', '| 1 | 2 |']);
  });
});

describe('structurePlainText on a copied page', () => {
  const body = [LEDE, LEDE.replace('Monday', 'Tuesday'), LEDE.replace('northern', 'southern'), LEDE.replace('winter', 'season')];
  const menu = ['Skip to content', 'Sections', 'World', 'Business', 'Weather', 'Sign In', 'Subscribe'];

  it('finds the headline above the article, not the first menu line, with the byline and date under it', () => {
    const s = structurePlainText([...menu, 'Harbour Desk', 'Kessel Reopens Its Northern Quay After Repairs', 'By Ana Ruiz, Harbour Correspondent', 'Share', 'June 3, 2024', ...body].join('\n'));
    expect(s).toMatchObject({ title: 'Kessel Reopens Its Northern Quay After Repairs', byline: 'Ana Ruiz', publishedAt: '2024-06-03' });
  });

  it('takes the last crumb of a breadcrumb trail with any separator as the headline', () => {
    const s = structurePlainText([...menu, 'Home › Energy › North America › Kessel Reopens Its Northern Quay', 'Mira Castellan', '11 min read', ...body].join('\n'));
    expect(s.title).toBe('Kessel Reopens Its Northern Quay');
    expect(s.byline).toBe('Mira Castellan');
  });

  it('takes a question as the headline, above its standfirst, past a row of share buttons', () => {
    const shares = ['Share on Facebook', 'Share on Twitter', 'Share via Email', 'Print Article'];
    const s = structurePlainText([...menu, 'Will the northern quay reopen before the summer season?', 'Repairs to the sea wall are running two weeks early', ...shares, ...body].join('\n'));
    expect(s.title).toBe('Will the northern quay reopen before the summer season?');
    expect(s.subtitle).toBe('Repairs to the sea wall are running two weeks early');
  });
});
