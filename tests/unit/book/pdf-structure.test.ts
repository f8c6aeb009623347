// The structure repair on a small tagged document built by hand, shaped as Chromium writes one:
// list items without a body, Strong and Em elements, a Lang only where the language changes.
import { describe, expect, it } from 'vitest';
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFNumber, PDFString, type PDFObject, type PDFRef } from 'pdf-lib';
import { repairStructure } from '../../../main/services/pdf-structure.js';

type Spec = { s: string; lang?: string; kids?: (Spec | number)[] };

/** A document whose structure tree is `top`; each element is registered, MCIDs are plain numbers. */
async function tagged(top: Spec) {
  const doc = await PDFDocument.create();
  const page = doc.addPage();
  const { context } = doc;
  const refs = new Map<string, PDFRef>();
  const build = (spec: Spec, parent: PDFRef): PDFRef => {
    const dict = context.obj({ Type: 'StructElem', S: spec.s, P: parent, Pg: page.ref });
    if (spec.lang) dict.set(PDFName.of('Lang'), PDFString.of(spec.lang));
    const ref = context.register(dict);
    refs.set(spec.s, refs.get(spec.s) ?? ref);
    const kids = (spec.kids ?? []).map((k) => (typeof k === 'number' ? PDFNumber.of(k) : build(k, ref)));
    dict.set(PDFName.of('K'), context.obj(kids));
    return ref;
  };
  const rootDict = context.obj({ Type: 'StructTreeRoot' });
  const rootRef = context.register(rootDict);
  const topRef = build(top, rootRef);
  rootDict.set(PDFName.of('K'), topRef);
  doc.catalog.set(PDFName.of('StructTreeRoot'), rootRef);
  return { doc, rootDict, refs, page };
}

const dictOf = (doc: PDFDocument, ref: PDFObject | undefined): PDFDict => doc.context.lookup(ref as PDFRef, PDFDict);
const kids = (doc: PDFDocument, dict: PDFDict): PDFObject[] => dict.lookup(PDFName.of('K'), PDFArray).asArray();
const typeOf = (doc: PDFDocument, ref: PDFObject): string => dictOf(doc, ref).lookup(PDFName.of('S'), PDFName).decodeText();
const langOf = (dict: PDFDict): string | undefined => (dict.get(PDFName.of('Lang')) as PDFString | undefined)?.decodeText();

const CHROMIUM_LIST: Spec = {
  s: 'Document', lang: 'en',
  kids: [
    { s: 'L', kids: [{ s: 'LI', kids: [{ s: 'Lbl', kids: [0] }, { s: 'NonStruct', kids: [1] }, 2, { s: 'L', kids: [] }] }] },
    { s: 'P', kids: [{ s: 'Strong', kids: [3] }, { s: 'Em', kids: [4] }] },
    { s: 'Sect', lang: 'ja', kids: [{ s: 'H3', kids: [5] }] },
  ],
};

describe('repairStructure', () => {
  it('gives each list item one body after its label, holding the rest of the item in order', async () => {
    const { doc, refs } = await tagged(CHROMIUM_LIST);
    const report = repairStructure(doc, 'en');
    const li = dictOf(doc, refs.get('LI'));
    const [label, bodyRef, ...rest] = kids(doc, li);
    expect(rest).toEqual([]);
    expect(typeOf(doc, label!)).toBe('Lbl');
    expect(typeOf(doc, bodyRef!)).toBe('LBody');
    const body = dictOf(doc, bodyRef);
    expect(body.get(PDFName.of('P'))).toBe(refs.get('LI'));
    const inBody = kids(doc, body);
    expect(inBody.map((k) => (k instanceof PDFNumber ? k.asNumber() : typeOf(doc, k)))).toEqual(['NonStruct', 2, 'L']);
    // Moved elements know their new parent; the body keeps the page its marked content is on.
    expect(dictOf(doc, inBody[0]).get(PDFName.of('P'))).toBe(bodyRef);
    expect(body.get(PDFName.of('Pg'))).toBe(li.get(PDFName.of('Pg')));
    expect(report.bodiesAdded).toBe(1);
  });

  it('points the parent tree at the body for marked content that moved into it', async () => {
    const { doc, rootDict, refs } = await tagged(CHROMIUM_LIST);
    const lbl = refs.get('Lbl')!;
    const li = refs.get('LI')!;
    rootDict.set(PDFName.of('ParentTree'), doc.context.obj({ Nums: [0, doc.context.obj([lbl, lbl, li])] }));
    repairStructure(doc, 'en');
    const body = kids(doc, dictOf(doc, li))[1];
    const entries = rootDict.lookup(PDFName.of('ParentTree'), PDFDict).lookup(PDFName.of('Nums'), PDFArray).lookup(1, PDFArray).asArray();
    expect(entries).toEqual([lbl, lbl, body]);
  });

  it('maps types PDF 1.7 readers do not know to standard ones in the RoleMap', async () => {
    const { doc, rootDict } = await tagged(CHROMIUM_LIST);
    const report = repairStructure(doc, 'en');
    expect(report.roleMap).toEqual({ Strong: 'Span', Em: 'Span' });
    const roleMap = rootDict.lookup(PDFName.of('RoleMap'), PDFDict);
    expect(roleMap.get(PDFName.of('Strong'))).toBe(PDFName.of('Span'));
    expect(roleMap.get(PDFName.of('Em'))).toBe(PDFName.of('Span'));
  });

  it('writes no RoleMap when every type is standard', async () => {
    const { doc, rootDict } = await tagged({ s: 'Document', kids: [{ s: 'P', kids: [0] }] });
    repairStructure(doc, 'en');
    expect(rootDict.has(PDFName.of('RoleMap'))).toBe(false);
  });

  it("sets the book's language on the catalog and the top element, and the inherited one on every block", async () => {
    const { doc, refs } = await tagged(CHROMIUM_LIST);
    repairStructure(doc, 'es');
    expect((doc.catalog.get(PDFName.of('Lang')) as PDFString).decodeText()).toBe('es');
    expect(langOf(dictOf(doc, refs.get('Document')))).toBe('es');
    for (const block of ['L', 'LI', 'Lbl', 'P']) expect(langOf(dictOf(doc, refs.get(block))), block).toBe('es');
    // A block in another language keeps it, and passes it down.
    expect(langOf(dictOf(doc, refs.get('Sect')))).toBe('ja');
    expect(langOf(dictOf(doc, refs.get('H3')))).toBe('ja');
    // Inline and grouping elements inherit without a Lang of their own.
    expect(langOf(dictOf(doc, refs.get('NonStruct')))).toBeUndefined();
    expect(langOf(dictOf(doc, refs.get('Strong')))).toBeUndefined();
  });

  it('changes nothing more when run twice', async () => {
    const { doc, refs } = await tagged(CHROMIUM_LIST);
    repairStructure(doc, 'en');
    const second = repairStructure(doc, 'en');
    expect(second).toEqual({ bodiesAdded: 0, roleMap: {}, langsAdded: 0 });
    expect(kids(doc, dictOf(doc, refs.get('LI'))).map((k) => typeOf(doc, k))).toEqual(['Lbl', 'LBody']);
  });

  it('gives an untagged document its language and nothing else', async () => {
    const doc = await PDFDocument.create();
    doc.addPage();
    expect(repairStructure(doc, 'fr')).toEqual({ bodiesAdded: 0, roleMap: {}, langsAdded: 0 });
    expect((doc.catalog.get(PDFName.of('Lang')) as PDFString).decodeText()).toBe('fr');
  });

  it('survives a save and load with the repairs in place', async () => {
    const { doc } = await tagged(CHROMIUM_LIST);
    repairStructure(doc, 'en');
    const again = await PDFDocument.load(await doc.save({ useObjectStreams: false }));
    const raw = Buffer.from(await again.save({ useObjectStreams: false })).toString('latin1');
    expect(raw).toContain('/S /LBody');
    expect(raw).toMatch(/\/Strong \/Span/);
  });
});
