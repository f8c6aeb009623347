// What the inbox keeps between renders so that a redraw stays cheap: each brief's plain text (by
// revision) for the passages, and each suggestion's word profile for finding near-duplicates.
import { closestFromOtherBriefs } from '../../../domain/items/index.js';
import { profile, type Profile } from '../../../domain/items/similarity.js';
import { markdownToPlain } from '../../../domain/text/lines.js';
import type { Brief, ChecklistItem } from '../../../domain/types.js';

export class InboxMemo {
  /** Each brief's plain text, by id and revision, for the passages. */
  private readonly plainText = new Map<string, string>();
  /** Word profiles of suggestion texts, for finding near-duplicates. */
  private readonly profiles = new Map<string, Profile>();

  plainOf(brief: Brief | undefined): string | undefined {
    if (!brief) return undefined;
    const key = `${brief.id}@${brief.revision}`;
    let text = this.plainText.get(key);
    if (text === undefined) {
      text = markdownToPlain(brief.markdown);
      this.plainText.set(key, text);
    }
    return text;
  }

  /** The suggestion from another brief most like `item`. */
  similarTo(item: ChecklistItem, items: ChecklistItem[]): ChecklistItem | undefined {
    return closestFromOtherBriefs(item, items, (i) => {
      const key = `${i.id}\u0000${i.text}`;
      let p = this.profiles.get(key);
      if (!p) this.profiles.set(key, (p = profile(i.text)));
      return p;
    });
  }
}
