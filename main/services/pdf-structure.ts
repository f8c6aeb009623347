// Repairs the tagged structure Chromium writes so assistive technology can follow it:
// - list items get a body: every LI holds its Lbl (the number or bullet) and one LBody with the
//   rest, as PDF/UA asks (Chromium puts the item's content straight under the LI);
// - types from PDF 2.0 or HTML that PDF 1.7 readers do not know (Em, Strong…) are mapped to a
//   standard type in the RoleMap, which is what Poppler's "wrong type" error asks for;
// - the document language is the book's: the catalog's /Lang and the top element's, and every
//   block element states its language (inherited from the nearest element that has one), since
//   Chromium only writes a Lang where it differs from the parent's.
// Pure logic over a loaded pdf-lib document: no file or browser access.
import { PDFArray, PDFDict, PDFHexString, PDFName, PDFRef, PDFString, type PDFDocument, type PDFObject } from 'pdf-lib';

/** Standard structure types of PDF 1.7 (ISO 32000-1, 14.8.4), which every tagged-PDF reader knows. */
const STANDARD = new Set([
  'Document', 'Part', 'Art', 'Sect', 'Div', 'BlockQuote', 'Caption', 'TOC', 'TOCI', 'Index', 'NonStruct', 'Private',
  'P', 'H', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'L', 'LI', 'Lbl', 'LBody',
  'Table', 'TR', 'TH', 'TD', 'THead', 'TBody', 'TFoot',
  'Span', 'Quote', 'Note', 'Reference', 'BibEntry', 'Code', 'Link', 'Annot',
  'Ruby', 'RB', 'RT', 'RP', 'Warichu', 'WT', 'WP', 'Figure', 'Formula', 'Form',
]);

/** The nearest PDF 1.7 type for the newer or HTML-derived types a printer may write. */
const NEAREST_STANDARD: Record<string, string> = {
  Em: 'Span', Strong: 'Span', Sub: 'Span', Sup: 'Span', Title: 'H1', FENote: 'Note', Aside: 'Div',
  DocumentFragment: 'Part', Artifact: 'NonStruct',
};

/** Block-level types: each of these carries its own Lang after the repair. */
const BLOCKS = new Set([
  'Document', 'Part', 'Art', 'Sect', 'Div', 'BlockQuote', 'Caption', 'TOC', 'TOCI', 'Index',
  'P', 'H', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'L', 'LI', 'Lbl', 'LBody',
  'Table', 'TR', 'TH', 'TD', 'THead', 'TBody', 'TFoot', 'Note', 'Figure', 'Formula',
]);

export interface StructureRepair {
  /** LBody elements added, one per LI that lacked one. */
  bodiesAdded: number;
  /** Non-standard type → standard type written to the RoleMap. */
  roleMap: Record<string, string>;
  /** Block elements given the Lang they inherited. */
  langsAdded: number;
}

const KEYS = {
  Type: PDFName.of('Type'), S: PDFName.of('S'), P: PDFName.of('P'), K: PDFName.of('K'), Pg: PDFName.of('Pg'),
  Lang: PDFName.of('Lang'), StructTreeRoot: PDFName.of('StructTreeRoot'), RoleMap: PDFName.of('RoleMap'),
  ParentTree: PDFName.of('ParentTree'), Nums: PDFName.of('Nums'), Kids: PDFName.of('Kids'),
};

interface Elem {
  ref: PDFRef;
  dict: PDFDict;
}

const nameOf = (dict: PDFDict, key: PDFName): string | undefined => {
  const value = dict.get(key);
  return value instanceof PDFName ? value.decodeText() : undefined;
};

/** The kids of a node as a list (K may be one object or an array). */
const kidsOf = (dict: PDFDict): PDFObject[] => {
  const k = dict.get(KEYS.K);
  if (k === undefined) return [];
  return k instanceof PDFArray ? k.asArray() : [k];
};

/**
 * Fixes the structure tree of `doc` in place and sets the document language to `lang` (a BCP 47
 * tag such as "en" or "zh-Hant"). A document without a structure tree only gets its language.
 */
export function repairStructure(doc: PDFDocument, lang: string): StructureRepair {
  const repair: StructureRepair = { bodiesAdded: 0, roleMap: {}, langsAdded: 0 };
  const { context, catalog } = doc;
  catalog.set(KEYS.Lang, PDFString.of(lang));
  const root = catalog.lookupMaybe(KEYS.StructTreeRoot, PDFDict);
  if (!root) return repair;

  const roleMap = root.lookupMaybe(KEYS.RoleMap, PDFDict) ?? context.obj({});
  const typeOf = (dict: PDFDict): string => {
    const s = nameOf(dict, KEYS.S) ?? '';
    if (STANDARD.has(s)) return s;
    const mapped = roleMap.get(PDFName.of(s));
    return mapped instanceof PDFName ? mapped.decodeText() : s;
  };
  const elemOf = (kid: PDFObject): Elem | undefined => {
    if (!(kid instanceof PDFRef)) return undefined;
    const dict = context.lookup(kid);
    // Marked-content and object references are dicts too; only structure elements have /S.
    return dict instanceof PDFDict && dict.has(KEYS.S) ? { ref: kid, dict } : undefined;
  };

  // LI → LBody moves content, so whatever the parent tree said belonged to the LI now belongs to its body.
  const movedTo = new Map<PDFRef, PDFRef>();

  const visit = (elem: Elem, inherited: string, seen: Set<PDFRef>): void => {
    if (seen.has(elem.ref)) return;
    seen.add(elem.ref);
    const s = nameOf(elem.dict, KEYS.S) ?? '';
    if (!STANDARD.has(s) && !roleMap.has(PDFName.of(s))) {
      const standard = NEAREST_STANDARD[s] ?? 'NonStruct';
      roleMap.set(PDFName.of(s), PDFName.of(standard));
      repair.roleMap[s] = standard;
    }
    const type = typeOf(elem.dict);
    const own = elem.dict.get(KEYS.Lang);
    const effective = own instanceof PDFString || own instanceof PDFHexString ? own.decodeText() : inherited;
    if (own === undefined && BLOCKS.has(type)) {
      elem.dict.set(KEYS.Lang, PDFString.of(effective));
      repair.langsAdded += 1;
    }
    if (type === 'LI') addListBody(elem, effective);
    for (const kid of kidsOf(elem.dict)) {
      const child = elemOf(kid);
      if (child) visit(child, effective, seen);
    }
  };

  /** Keeps the LI's Lbl kids and moves everything else, in order, into one new LBody. */
  const addListBody = (li: Elem, effective: string): void => {
    const kids = kidsOf(li.dict);
    const kidType = (kid: PDFObject): string | undefined => {
      const e = elemOf(kid);
      return e && typeOf(e.dict);
    };
    if (kids.some((k) => kidType(k) === 'LBody')) return;
    const labels = kids.filter((k) => kidType(k) === 'Lbl');
    const content = kids.filter((k) => !labels.includes(k));
    const body = context.obj({ Type: 'StructElem', S: 'LBody', P: li.ref, Lang: PDFString.of(effective) });
    const pg = li.dict.get(KEYS.Pg);
    if (pg) body.set(KEYS.Pg, pg);
    body.set(KEYS.K, context.obj(content));
    const bodyRef = context.register(body);
    for (const kid of content) elemOf(kid)?.dict.set(KEYS.P, bodyRef);
    li.dict.set(KEYS.K, context.obj([...labels, bodyRef]));
    movedTo.set(li.ref, bodyRef);
    repair.bodiesAdded += 1;
    repair.langsAdded += 1;
  };

  const seen = new Set<PDFRef>();
  for (const kid of kidsOf(root)) {
    const top = elemOf(kid);
    if (!top) continue;
    // The top element's language is the book's (Chromium takes it from the page, not the book).
    top.dict.set(KEYS.Lang, PDFString.of(lang));
    visit(top, lang, seen);
  }

  if (Object.keys(repair.roleMap).length > 0) root.set(KEYS.RoleMap, roleMap);
  if (movedTo.size > 0) retargetParentTree(root, movedTo, doc);
  return repair;
}

/** Points parent-tree entries (marked content and annotations → element) at the element that now holds them. */
function retargetParentTree(root: PDFDict, movedTo: Map<PDFRef, PDFRef>, doc: PDFDocument): void {
  const retarget = (value: PDFObject | undefined): PDFObject | undefined => (value instanceof PDFRef ? movedTo.get(value) : undefined);
  const walk = (node: PDFDict | undefined, seen: Set<PDFDict>): void => {
    if (!node || seen.has(node)) return;
    seen.add(node);
    const nums = node.lookupMaybe(KEYS.Nums, PDFArray);
    for (let i = 1; nums && i < nums.size(); i += 2) {
      const entry = nums.get(i);
      const direct = retarget(entry);
      if (direct) nums.set(i, direct);
      const list = entry instanceof PDFRef ? doc.context.lookup(entry) : entry;
      if (!(list instanceof PDFArray)) continue;
      for (let j = 0; j < list.size(); j++) {
        const moved = retarget(list.get(j));
        if (moved) list.set(j, moved);
      }
    }
    const kids = node.lookupMaybe(KEYS.Kids, PDFArray);
    for (let i = 0; kids && i < kids.size(); i++) walk(kids.lookupMaybe(i, PDFDict), seen);
  };
  walk(root.lookupMaybe(KEYS.ParentTree, PDFDict), new Set());
}

