// Repositories take their database (tests give each one a fresh database); the app calls them
// through their named exports, bound here to its one shared handle.
import { db, type AppDB } from './db.js';

/** A repository's functions bound to the app's database, which opens on the first call. */
export function boundToApp<R extends object>(repository: (database: AppDB) => R): R {
  let bound: R | undefined;
  const call =
    (name: PropertyKey) =>
    (...args: unknown[]): unknown =>
      ((bound ??= repository(db()))[name as keyof R] as (...a: unknown[]) => unknown)(...args);
  return new Proxy({} as R, { get: (_target, name) => call(name) });
}
