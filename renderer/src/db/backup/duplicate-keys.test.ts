import { describe, expect, it } from 'vitest';
import { findDuplicateKey, formatJsonPath } from './duplicate-keys';

describe('findDuplicateKey', () => {
  it('finds nothing in JSON without duplicates, whatever its values hold', () => {
    const texts = [
      '{}',
      '[]',
      '42',
      '"text"',
      'null',
      '{"a": 1, "b": {"a": 2}, "c": [{"a": 3}, {"a": 4}]}',
      '{"a": "}{,\\"a\\":", "b": "\\\\", "c": ["a", "a"]}',
      '[{}, {"x": []}, [[{"y": 1}]], "z"]',
      '{"a": {}, "b": [], "c": {"d": {}}}',
      JSON.stringify({ teams: [{ id: '1', name: 'x' }], meta: { name: 'y' } }, null, 2),
    ];
    for (const text of texts) expect(findDuplicateKey(text), text).toBeNull();
  });

  it('names a key written twice at the top, with its path and line', () => {
    const text = '{\n  "schemaVersion": 999,\n  "format": "x",\n  "schemaVersion": 1\n}';
    expect(findDuplicateKey(text)).toEqual({
      key: 'schemaVersion',
      path: ['schemaVersion'],
      line: 4,
    });
  });

  it('names a key written twice deep in a list of records', () => {
    const text = JSON.stringify({
      stores: { teams: [{ id: 'a' }, { id: 'b' }, { id: 'c' }, { id: 'd', name: 'N' }] },
    }).replace('"name":"N"', '"name":"N","name":"M"');
    const found = findDuplicateKey(text);
    expect(found).toMatchObject({ key: 'name', path: ['stores', 'teams', 3, 'name'], line: 1 });
    expect(formatJsonPath(found?.path ?? [])).toBe('stores.teams[3].name');
  });

  it('reads keys as JSON.parse does: an escaped key is the same key', () => {
    expect(findDuplicateKey('{"name": 1, "n\\u0061me": 2}')?.key).toBe('name');
    expect(findDuplicateKey('{"a\\"b": 1, "a\\u0022b": 2}')?.key).toBe('a"b');
    expect(findDuplicateKey('{"a\\\\": 1, "a\\u005c": 2}')?.key).toBe('a\\');
    expect(findDuplicateKey('{"a\\\\": 1, "a": 2}')).toBeNull();
  });

  it('tells keys from values and from keys of sibling objects', () => {
    expect(findDuplicateKey('{"a": "a", "b": "a"}')).toBeNull();
    expect(findDuplicateKey('[{"a": 1}, {"a": 1}]')).toBeNull();
    expect(findDuplicateKey('{"a": {"b": 1}, "b": {"a": 1}}')).toBeNull();
    expect(findDuplicateKey('{"a": {"b": 1}, "c": 2, "a": 3}')?.path).toEqual(['a']);
    expect(findDuplicateKey('{"x": [1, {"k": 1, "k": 2}]}')?.path).toEqual(['x', 1, 'k']);
    expect(findDuplicateKey('{"__proto__": 1, "__proto__": 2}')?.key).toBe('__proto__');
  });

  it('agrees with the structure it was written from, on many random documents', () => {
    let seed = 7;
    const random = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const keys = ['a', 'b', 'c', 'd"q', 'e\\', '\u00e9', '{', ','];
    type Node =
      | { kind: 'object'; entries: [string, Node][] }
      | { kind: 'list'; items: Node[] }
      | { kind: 'leaf'; value: unknown };
    const build = (depth: number): Node => {
      const pick = random();
      if (depth > 3 || pick < 0.3)
        return {
          kind: 'leaf',
          value: [1, 'x', null, true, '"}', 2.5e-3][Math.floor(random() * 6)],
        };
      if (pick < 0.65) {
        const count = Math.floor(random() * 4);
        return {
          kind: 'object',
          entries: Array.from({ length: count }, () => [
            keys[Math.floor(random() * keys.length)] ?? 'a',
            build(depth + 1),
          ]),
        };
      }
      return {
        kind: 'list',
        items: Array.from({ length: Math.floor(random() * 4) }, () => build(depth + 1)),
      };
    };
    const write = (node: Node): string =>
      node.kind === 'leaf'
        ? JSON.stringify(node.value)
        : node.kind === 'list'
          ? `[${node.items.map(write).join(', ')}]`
          : `{${node.entries.map(([key, value]) => `${JSON.stringify(key)}: ${write(value)}`).join(',\n')}}`;
    /** The first duplicate in document order, by the path to it. */
    const firstDuplicate = (node: Node, path: (string | number)[]): (string | number)[] | null => {
      if (node.kind === 'leaf') return null;
      if (node.kind === 'list') {
        for (const [index, item] of node.items.entries()) {
          const found = firstDuplicate(item, [...path, index]);
          if (found) return found;
        }
        return null;
      }
      const seen = new Set<string>();
      for (const [key, value] of node.entries) {
        if (seen.has(key)) return [...path, key];
        seen.add(key);
        const found = firstDuplicate(value, [...path, key]);
        if (found) return found;
      }
      return null;
    };
    let duplicates = 0;
    for (let round = 0; round < 2000; round++) {
      const node = build(0);
      const text = write(node);
      JSON.parse(text);
      const expected = firstDuplicate(node, []);
      if (expected) duplicates += 1;
      expect(findDuplicateKey(text)?.path ?? null, text).toEqual(expected);
    }
    expect(duplicates).toBeGreaterThan(100);
  });
});

describe('findDuplicateKey on large objects', () => {
  // Its speed is part of an import's preview, measured by the benchmark (backup-import-organisation).
  it('finds a duplicate among fifty thousand keys, and none where there is none', () => {
    const keys = Array.from({ length: 50_000 }, (_, i) => `"k${String(i)}": ${String(i)}`);
    const text = `{${[...keys, '"k49999": 0'].join(',')}}`;
    expect(findDuplicateKey(text)).toMatchObject({ key: 'k49999', path: ['k49999'] });
    expect(findDuplicateKey(`{${keys.join(',')}}`)).toBeNull();
  });
});
