/** Random ids that stay unique across machines, so book packages merge by id. */
export const newId = (): string => crypto.randomUUID();
