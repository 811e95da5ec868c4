// A feed of "the stored data changed", for work that follows every change without a screen open
// (the kept-up-to-date metrics snapshot). Dexie reports each committed write, in this window and
// in any other window of the same profile; only this database's writes are passed on.
import Dexie, { type ObservabilitySet } from 'dexie';

/** Calls `onChange` after each committed write to the database named `name`; returns the unsubscribe. */
export function onDatabaseChange(name: string, onChange: () => void): () => void {
  const prefix = `idb://${name}/`;
  const listener = (parts: ObservabilitySet) => {
    if (Object.keys(parts).some((part) => part.startsWith(prefix))) onChange();
  };
  Dexie.on.storagemutated.subscribe(listener);
  return () => {
    Dexie.on.storagemutated.unsubscribe(listener);
  };
}
