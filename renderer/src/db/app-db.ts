// The app's one database and its repositories. Opening is lazy: Dexie opens IndexedDB on the first
// query, so importing this module has no cost and no side effect.
import { createRepositories } from './index';
import { openDatabase } from './database';

export const db = openDatabase();
export const repos = createRepositories(db);
