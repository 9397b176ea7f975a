/** A binder as the grid needs it: its id, its folders (name split at " / ") and its count. */
export type BinderEntry = { id: string; name: string; folders: readonly string[]; documentCount: number };

/** A top-level folder of the grid: one binder, or the binders whose names share their first part. */
export type BinderGroup = { name: string; documentCount: number; binders: BinderEntry[] };

/**
 * Binders grouped by their first folder (manual, "Classeurs": "Courriers / Locataires" and
 * "Courriers / Propriétaires" show as one binder "Courriers" with two sub-folders), in the API's
 * order; each group's count is the sum of its binders' counts.
 */
export function groupBinders(binders: readonly BinderEntry[]): BinderGroup[] {
  const groups: BinderGroup[] = [];
  for (const binder of binders) {
    const name = binder.folders[0] ?? binder.name;
    let group = groups.find((candidate) => candidate.name === name);
    if (!group) {
      group = { name, documentCount: 0, binders: [] };
      groups.push(group);
    }
    group.documentCount += binder.documentCount;
    group.binders.push(binder);
  }
  return groups;
}

/** A sub-folder path's label under its group: "Locataires", or "Locataires / 2020" for a deeper one. */
export function subFolderLabel(binder: BinderEntry): string | null {
  return binder.folders.length > 1 ? binder.folders.slice(1).join(' / ') : null;
}

/**
 * Documents sorted into sub-folders by their path under the binder (`path` is the binder's folders,
 * then the document's dossier): the documents at the binder's own level first (key ''), then each
 * sub-folder in the order it first appears (newest document first, as the API sends them).
 */
export function bySubFolder<T extends { id: string; path: readonly string[] }>(documents: readonly T[], binderDepth: number): { folder: string; documents: T[] }[] {
  const sections: { folder: string; documents: T[] }[] = [];
  for (const document of documents) {
    const folder = document.path.slice(binderDepth).join(' / ');
    let section = sections.find((candidate) => candidate.folder === folder);
    if (!section) {
      section = { folder, documents: [] };
      if (folder === '') sections.unshift(section);
      else sections.push(section);
    }
    section.documents.push(document);
  }
  return sections;
}
