// Where each margin note goes: beside its highlight when there is room, otherwise as close as it
// can get without covering its neighbours. The note the reader is working with sits exactly beside
// its highlight; the others make way above and below it, as in a document editor's margin.

export interface MarginNote {
  /** Where the note would like its top: level with its highlight, in px from the margin's top. */
  wanted: number;
  height: number;
}

/** Tops for notes given in reading order, never overlapping, `gap` apart, none above 0. */
export function stackMarginNotes(notes: readonly MarginNote[], activeIndex = -1, gap = 8): number[] {
  const wanted = (i: number) => notes[i]?.wanted ?? 0;
  const height = (i: number) => notes[i]?.height ?? 0;
  const tops = notes.map((n) => n.wanted);
  if (!notes.length) return tops;
  const at = (i: number) => tops[i] ?? 0;
  const anchor = activeIndex >= 0 && activeIndex < notes.length ? activeIndex : 0;
  tops[anchor] = Math.max(0, wanted(anchor));
  for (let i = anchor + 1; i < notes.length; i++) tops[i] = Math.max(wanted(i), at(i - 1) + height(i - 1) + gap);
  for (let i = anchor - 1; i >= 0; i--) tops[i] = Math.min(wanted(i), at(i + 1) - height(i) - gap);
  // Notes pushed above the top of the margin push everything below them down instead.
  let floor = 0;
  for (let i = 0; i < notes.length; i++) {
    tops[i] = Math.max(at(i), floor);
    floor = at(i) + height(i) + gap;
  }
  return tops;
}
