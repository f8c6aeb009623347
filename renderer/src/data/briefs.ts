// Briefs: reads for the views and the writes that keep a brief's records together.
import type { Brief, BriefRecord, ReadState } from '../domain/types.js';
import type { BriefDraft } from '../domain/import.js';
import type { AppDB } from './db.js';
import { boundToApp } from './app-database.js';
import { newId } from './ids.js';
import { newItem } from './items.js';
import { loadReanchoring, replaceBriefText } from './brief-text.js';
import { putBriefs, readBodyPieces, readBriefs } from './brief-bodies.js';
import { putBriefImages, type NewImage } from './images.js';
import type { ReanchorCounts } from '../domain/anchoring/index.js';
import { unknownSuggestions, type TopicSuggestion } from '../domain/items/new-suggestions.js';

export type BriefSort = 'imported' | 'published' | 'title' | 'source';

const SORT_INDEX: Record<BriefSort, string> = {
  imported: 'importedAt',
  published: 'source.publishedAt',
  title: 'title',
  source: 'source.name',
};

export function briefFromDraft(draft: BriefDraft, now: number): Brief {
  return {
    id: newId(),
    ...draft,
    tags: [],
    importedAt: now,
    updatedAt: now,
    readState: 'unread',
    readProgress: 0,
    deletedAt: null,
    revision: 0,
  };
}

/** Everything but the text: a new text goes through replaceBriefText, which re-anchors and raises the revision. */
export type BriefPatch = Partial<
  Pick<Brief, 'title' | 'subtitle' | 'byline' | 'source' | 'origins' | 'language' | 'topics' | 'topicEvidence' | 'tags' | 'removedLines' | 'level' | 'portionLevels'>
>;

export type StoreOutcome =
  | { status: 'imported'; brief: BriefRecord; suggestions: number }
  | { status: 'duplicate'; brief: BriefRecord }
  | { status: 'updated'; brief: BriefRecord; suggestions: number; counts: { annotations: ReanchorCounts; items: ReanchorCounts } };

export interface ImportedDocument {
  draft: BriefDraft;
  /** The rendered text of draft.markdown, which selectors point into. */
  text: string;
  /** Suggested items with their topics (the workflow reads them: see domain/items/new-suggestions.ts). */
  suggestions: TopicSuggestion[];
  /** The re-encoded images its Markdown refers to; they replace an earlier version's. */
  images?: readonly NewImage[];
}

export function briefsRepository(database: AppDB) {
  /** One page of live briefs in the chosen order, read by index (never the whole table), without their text. */
  async function listBriefs(sort: BriefSort = 'imported', offset = 0, limit = 100): Promise<BriefRecord[]> {
    let ordered = database.briefs.orderBy(SORT_INDEX[sort]);
    if (sort === 'imported' || sort === 'published') ordered = ordered.reverse();
    return ordered
      .filter((b) => b.deletedAt === null)
      .offset(offset)
      .limit(limit)
      .toArray();
  }

  /** A whole brief, text included, read in one transaction. */
  async function getBrief(id: string): Promise<Brief | undefined> {
    const [brief] = await database.transaction('r', database.briefs, database.bodies, () => readBriefs(database, [id]));
    return brief;
  }

  /** A brief without its text: what views that change often (read state, progress, tags) watch. */
  async function getBriefRecord(id: string): Promise<BriefRecord | undefined> {
    return database.briefs.get(id);
  }

  /** A brief's text alone, in its stored pieces (joining a text of many megabytes takes a long
   *  task: the reader shows such a text piece by piece); undefined when there is none. */
  async function getBriefBody(id: string): Promise<string[] | undefined> {
    return database.transaction('r', database.bodies, () => readBodyPieces(database, id));
  }

  async function findLiveBriefByHash(contentHash: string): Promise<BriefRecord | undefined> {
    return database.briefs.where('contentHash')
      .equals(contentHash)
      .filter((b) => b.deletedAt === null)
      .first();
  }

  async function updateBrief(id: string, patch: BriefPatch): Promise<void> {
    await database.briefs.update(id, { ...patch, updatedAt: Date.now() });
  }

  async function setReadState(id: string, readState: ReadState): Promise<void> {
    await database.briefs.update(id, { readState, updatedAt: Date.now() });
  }

  /** Progress is saved often while scrolling, so it does not touch updatedAt (no sync churn). */
  async function setReadProgress(id: string, readProgress: number): Promise<void> {
    await database.briefs.update(id, { readProgress });
  }

  /** A live brief that is an earlier version of the same article: same source URL, or same file and title. */
  async function findEarlierVersion(draft: BriefDraft): Promise<BriefRecord | undefined> {
    const candidates = await database.briefs.where('title').equals(draft.title).filter((b) => b.deletedAt === null).toArray();
    return candidates.find((b) => (draft.source.url && b.source.url === draft.source.url) || (draft.fileName && b.fileName === draft.fileName));
  }

  /**
   * Stores one imported document in one transaction: either all of it lands, or none. Identical
   * content is a duplicate; a newer version of an article already in the library updates it in
   * place, re-anchoring its annotations and items and adding only suggestions the user has not
   * already accepted or dismissed.
   */
  async function storeImportedBrief(doc: ImportedDocument, author = '', now = Date.now()): Promise<StoreOutcome> {
    const { draft, text, suggestions, images = [] } = doc;
    const reanchor = await loadReanchoring();
    return database.transaction('rw', [database.briefs, database.bodies, database.annotations, database.recommendations, database.images], async () => {
      const existing = await findLiveBriefByHash(draft.contentHash);
      if (existing) return { status: 'duplicate', brief: existing };
      const earlier = await findEarlierVersion(draft);
      const briefId = earlier?.id ?? newId();
      const known = earlier ? await database.recommendations.where('briefIds').equals(briefId).toArray() : [];
      const fresh = unknownSuggestions(suggestions, known);
      let counts: { annotations: ReanchorCounts; items: ReanchorCounts } | undefined;
      if (earlier) {
        counts = await replaceBriefText(database, reanchor, briefId, text, draft, now);
      } else {
        await putBriefs(database, [{ ...briefFromDraft(draft, now), id: briefId }]);
      }
      await putBriefImages(database, briefId, images);
      await database.recommendations.bulkAdd(
        fresh.map((s) =>
          newItem(briefId, s.selector, { text: s.text, status: 'suggested', author, topic: s.topic, sourceDate: s.sourceDate, reason: s.reason }, now),
        ),
      );
      const brief = (await database.briefs.get(briefId))!;
      return earlier && counts ? { status: 'updated', brief, suggestions: fresh.length, counts } : { status: 'imported', brief, suggestions: fresh.length };
    });
  }

  /** Brief id → title for every brief, read from the title index alone (no bodies are loaded). */
  async function briefTitles(): Promise<Record<string, string>> {
    const byTitle = database.briefs.orderBy('title');
    const [titles, ids] = await Promise.all([byTitle.keys(), byTitle.primaryKeys()]);
    return Object.fromEntries(ids.map((id, i) => [id, String(titles[i])]));
  }

  return { listBriefs, getBrief, getBriefRecord, getBriefBody, findLiveBriefByHash, updateBrief, setReadState, setReadProgress, storeImportedBrief, briefTitles };
}

export const {
  listBriefs, getBrief, getBriefRecord, getBriefBody, findLiveBriefByHash, updateBrief, setReadState, setReadProgress, storeImportedBrief, briefTitles,
} = boundToApp(briefsRepository);
