// The files saved in this session, by an id the renderer may hold instead of the path: "Show in
// folder" names a file by that id, so no path ever crosses to the page or comes back from it.

export interface SavedFiles {
  remember(filePath: string): string;
  pathOf(savedId: string): string | undefined;
}

/** Only the latest saves are kept; an older "Show in folder" is refused as unknown. */
export const SAVED_FILES_KEPT = 50;

export function createSavedFiles(newId: () => string, kept = SAVED_FILES_KEPT): SavedFiles {
  const paths = new Map<string, string>();
  return {
    remember(filePath) {
      const id = newId();
      paths.set(id, filePath);
      // A Map iterates in insertion order: the first key is the oldest save.
      for (const oldest of paths.keys()) {
        if (paths.size <= kept) break;
        paths.delete(oldest);
      }
      return id;
    },
    pathOf: (savedId) => paths.get(savedId),
  };
}
