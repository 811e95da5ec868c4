// Problems of a model file's YAML itself, before its content is read: syntax errors, keys given
// twice, nesting too deep, tags, and aliases that name no anchor. The parser's words are kept
// where they help, and replaced where they speak of the parser rather than the file.
//
// Every check here is one pass over the file: the parser's own duplicate-key check and alias
// lookup compare each key or alias with all the others, which a hostile file of a megabyte turns
// into minutes.
import { isAlias, isMap, isScalar, isSeq, visit, type Document, type YAMLError } from 'yaml';
import type { PathSegment } from './file-schema';
import { formatPath, type Positions } from './positions';
import type { ModelFileProblem } from './problems';

/** A model file nests nine levels (root, categories, levels, criteria, rule, severities). */
export const MAX_NESTING = 20;

export function syntaxProblem(error: YAMLError, at: Positions): ModelFileProblem {
  const offset = error.pos[0];
  // An unclosed quote or bracket is reported where the file ends, just past the value it opened.
  const path = at.pathAt(error.code === 'MISSING_CHAR' ? offset - 1 : offset);
  const line = error.linePos?.[0].line ?? at.lineAt(offset);
  if (error.code === 'MISSING_CHAR' && path.length > 0) {
    // Where it opens is what to fix.
    return {
      line: at.lineOf(path),
      path: formatPath(path),
      message: `is not closed: ${said(error)}`,
    };
  }
  if (error.code === 'MULTIPLE_DOCS') {
    const message = 'a second YAML document starts here (---); a model file is one document';
    return { line, path: '', message };
  }
  if (error.code === 'TAG_RESOLVE_FAILED') {
    const tag = said(error)
      .replace(/^Unresolved tag: /u, '')
      .replace(/^tag:yaml\.org,2002:/u, '!!');
    const message = `the tag ${tag} has no place in a model file; remove it`;
    return { line, path: formatPath(path), message };
  }
  if (said(error).startsWith('Maximum call stack size exceeded')) {
    const message = `nests too deeply to be read; a model file needs no more than 9 levels`;
    return { line, path: formatPath(path), message };
  }
  return { line, path: formatPath(path), message: `is not valid YAML: ${said(error)}` };
}

/** The library's message, without the position and excerpt it appends. */
function said(error: YAMLError): string {
  return error.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/u, '') ?? '';
}

/**
 * Keys given twice in one mapping, aliases that name no anchor above them, and nesting deeper
 * than any model file needs (reported once, at the first place too deep). A file with either of
 * the last two is not readable: its content cannot be built.
 */
export function structureProblems(
  doc: Document.Parsed,
  at: Positions,
): { readonly problems: ModelFileProblem[]; readonly readable: boolean } {
  const problems: ModelFileProblem[] = [];
  let readable = true;
  const lineOf = (node: unknown) => at.lineAt(rangeStart(node));
  const anchors = new Set<string>();
  let tooDeep = false;
  // Depth first, keys before values: the order in which YAML lets an anchor precede its aliases.
  const stack: { node: unknown; path: readonly PathSegment[] }[] = [
    { node: doc.contents, path: [] },
  ];
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    const { node, path } = next;
    if (path.length > MAX_NESTING) {
      readable = false;
      if (!tooDeep) {
        const message = `the file nests more than ${MAX_NESTING} levels deep; a model file needs no more than 9`;
        problems.push({ line: lineOf(node), path: formatPath(path), message });
      }
      tooDeep = true;
      continue;
    }
    if (isAlias(node)) {
      if (!anchors.has(node.source)) {
        readable = false;
        const message = `the alias *${node.source} names no anchor (&${node.source}) above it`;
        problems.push({ line: lineOf(node), path: formatPath(path), message });
      }
      continue;
    }
    if (isScalar(node) || isMap(node) || isSeq(node)) {
      if (node.anchor !== undefined) anchors.add(node.anchor);
    }
    const children: { node: unknown; path: readonly PathSegment[] }[] = [];
    if (isMap(node)) {
      const first = new Map<string, unknown>();
      for (const pair of node.items) {
        if (!isScalar(pair.key)) continue;
        const key = String(pair.key.value);
        const earlier = first.get(key);
        if (earlier === undefined) first.set(key, pair.key);
        else {
          const message = `${JSON.stringify(key)} is given twice (first at line ${lineOf(earlier)}); write each field once`;
          problems.push({ line: lineOf(pair.key), path: formatPath([...path, key]), message });
        }
        children.push({ node: pair.value, path: [...path, key] });
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, index) => children.push({ node: item, path: [...path, index] }));
    }
    stack.push(...children.reverse());
  }
  return { problems, readable };
}

function rangeStart(node: unknown): number {
  return isScalar(node) || isMap(node) || isSeq(node) || isAlias(node) ? (node.range?.[0] ?? 0) : 0;
}

export function firstAliasOffset(doc: Document.Parsed): number | undefined {
  let first: number | undefined;
  visit(doc, {
    Alias(_, alias) {
      first = alias.range?.[0];
      return visit.BREAK;
    },
  });
  return first;
}
