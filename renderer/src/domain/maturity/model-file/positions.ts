// Where things are in a parsed model file: the line of a path (categories[1].levels[2]), and the
// path at a position (where a syntax error happened). Problems name both, so a user can find the
// place in any editor and also read what it is.
import {
  isAlias,
  isMap,
  isScalar,
  isSeq,
  type Document,
  type LineCounter,
  type Pair,
  type YAMLMap,
} from 'yaml';
import type { PathSegment } from './file-schema';

/** Beyond this a path is cut short: only a hostile file nests deeper than a dozen levels. */
const PATH_SHOWN = 12;

/** `categories[1].levels[2].criteria[0].id`; empty for the file as a whole. */
export function formatPath(path: readonly PathSegment[]): string {
  const shown = path.length > PATH_SHOWN ? path.slice(0, PATH_SHOWN) : path;
  const text = shown
    .map((segment, index) =>
      typeof segment === 'number' ? `[${segment}]` : index === 0 ? segment : `.${segment}`,
    )
    .join('');
  return shown === path ? text : `${text}…`;
}

export class Positions {
  /** Each mapping's pairs by key, built when first asked: a hostile file has huge mappings. */
  private readonly keys = new WeakMap<YAMLMap, ReadonlyMap<string, Pair>>();

  constructor(
    private readonly doc: Document.Parsed,
    private readonly lines: LineCounter,
  ) {}

  lineAt(offset: number): number {
    return this.lines.linePos(offset).line;
  }

  /**
   * The line of the value at a path; for a field, the line of its key. Where the path goes past
   * what the file holds (a missing field), the line of the nearest thing that is there.
   */
  lineOf(path: readonly PathSegment[]): number {
    let node: unknown = this.doc.contents;
    let line = this.startLine(node) ?? 1;
    for (const [index, segment] of path.entries()) {
      if (isMap(node)) {
        const pair = this.pairsOf(node).get(String(segment));
        const keyLine = this.startLine(pair?.key);
        if (pair === undefined || keyLine === undefined) break;
        line = keyLine;
        if (index === path.length - 1) break;
        node = pair.value;
      } else if (isSeq(node) && typeof segment === 'number') {
        const item: unknown = node.items[segment];
        const itemLine = this.startLine(item);
        if (itemLine === undefined) break;
        line = itemLine;
        node = item;
      } else break;
    }
    return line;
  }

  /** The path of the deepest node at an offset (the file as a whole: empty). */
  pathAt(offset: number): PathSegment[] {
    const path: PathSegment[] = [];
    let node: unknown = this.doc.contents;
    for (;;) {
      if (isMap(node)) {
        const pair = node.items.find((item) => {
          const start = rangeOf(item.key)?.[0];
          const end = (rangeOf(item.value) ?? rangeOf(item.key))?.[2];
          return start !== undefined && end !== undefined && start <= offset && offset < end;
        });
        if (pair === undefined || !isScalar(pair.key)) break;
        path.push(String(pair.key.value));
        node = pair.value;
      } else if (isSeq(node)) {
        const index = node.items.findIndex((item) => contains(item, offset));
        if (index < 0) break;
        path.push(index);
        node = node.items[index];
      } else break;
    }
    return path;
  }

  private pairsOf(map: YAMLMap): ReadonlyMap<string, Pair> {
    let pairs = this.keys.get(map);
    if (pairs === undefined) {
      const byKey = new Map<string, Pair>();
      for (const pair of map.items) {
        // The first of two equal keys: a problem about the field points where it was first given.
        if (isScalar(pair.key) && !byKey.has(String(pair.key.value)))
          byKey.set(String(pair.key.value), pair);
      }
      pairs = byKey;
      this.keys.set(map, pairs);
    }
    return pairs;
  }

  private startLine(node: unknown): number | undefined {
    const range = rangeOf(node);
    return range === undefined ? undefined : this.lineAt(range[0]);
  }
}

function rangeOf(node: unknown): readonly [number, number, number] | undefined {
  if (!isScalar(node) && !isMap(node) && !isSeq(node) && !isAlias(node)) return undefined;
  return node.range ?? undefined;
}

function contains(node: unknown, offset: number): boolean {
  const range = rangeOf(node);
  return range !== undefined && range[0] <= offset && offset < range[2];
}
