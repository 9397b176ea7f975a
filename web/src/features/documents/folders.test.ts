import { describe, expect, it } from 'vitest';
import { bySubFolder, groupBinders, subFolderLabel } from './folders';

const binder = (id: string, name: string, documentCount: number) => ({ id, name, folders: name.split(' / '), documentCount });

describe('groupBinders', () => {
  it('shows binders named "X / Y" as one binder X with sub-folders and the sum of their counts', () => {
    const groups = groupBinders([binder('1', 'Courriers / Locataires', 2), binder('2', 'Avis P+L', 1), binder('3', 'Courriers / Propriétaires', 3)]);
    expect(groups.map((group) => [group.name, group.documentCount, group.binders.map(subFolderLabel)])).toEqual([
      ['Courriers', 5, ['Locataires', 'Propriétaires']],
      ['Avis P+L', 1, [null]],
    ]);
  });
});

describe('bySubFolder', () => {
  it('puts the binder-level documents first, then each dossier in the order met', () => {
    const sections = bySubFolder(
      [
        { id: 'a', path: ['Courriers', 'Sinistre'] },
        { id: 'b', path: ['Courriers'] },
        { id: 'c', path: ['Courriers', 'Sinistre'] },
      ],
      1,
    );
    expect(sections.map((section) => [section.folder, section.documents.map((document) => document.id)])).toEqual([
      ['', ['b']],
      ['Sinistre', ['a', 'c']],
    ]);
  });
});
