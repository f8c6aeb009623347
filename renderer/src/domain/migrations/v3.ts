// Schema v2 → v3: briefs gain a text revision, so a save made from an older text is refused
// instead of silently replacing a newer one. Pure so it can be tested without IndexedDB.
import type { Brief } from '../types.js';

type V2Brief = Omit<Brief, 'revision'>;

export function briefV2toV3(old: V2Brief & Partial<Brief>): Brief {
  return { ...old, revision: old.revision ?? 0 };
}
