import { describe, expect, it } from 'vitest';
import { createSavedFiles } from './saved-files';

describe('saved files', () => {
  it('names each saved file by a new id and gives its path back for it', () => {
    let n = 0;
    const files = createSavedFiles(() => `id-${++n}`);
    expect(files.remember('/home/sam/a.json')).toBe('id-1');
    expect(files.remember('/home/sam/b.csv')).toBe('id-2');
    expect(files.pathOf('id-1')).toBe('/home/sam/a.json');
    expect(files.pathOf('id-2')).toBe('/home/sam/b.csv');
    expect(files.pathOf('id-3')).toBeUndefined();
  });

  it('forgets the oldest beyond the ones it keeps', () => {
    let n = 0;
    const files = createSavedFiles(() => `id-${++n}`, 2);
    files.remember('/a');
    files.remember('/b');
    files.remember('/c');
    expect(files.pathOf('id-1')).toBeUndefined();
    expect(files.pathOf('id-3')).toBe('/c');
  });
});
