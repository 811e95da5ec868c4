// The boundaries between the renderer's parts that a path pattern cannot express, because they
// depend on where the importing file stands: each import is resolved against the file's folder
// and checked by the folders it joins. `no-restricted-imports` matches the import as written, so
// `../teams/x` from one feature and from another would look the same to it.
//
// - A feature (renderer/src/features/<name>) imports no other feature: what two features share
//   lives below them, in components/, widgets/, session/, stores/ or the domain.
// - Nothing below app/ imports app/ (the frame, router and start-up), and nothing that features
//   share imports a feature. The entry (main.tsx) and app/ itself may import anything.
import path from 'node:path';

const SRC = path.join('renderer', 'src');
/** Folders that features build on; they may not reach back up. */
const BELOW_FEATURES = new Set([
  'components',
  'widgets',
  'session',
  'stores',
  'platform',
  'db',
  'domain',
]);

/** The folder under renderer/src a path is in, and the one below that: ['features', 'home']. */
function placeOf(root, absolute) {
  const relative = path.relative(path.join(root, SRC), absolute);
  if (relative.startsWith('..') || path.isAbsolute(relative)) return null;
  const [top, second] = relative.split(path.sep);
  return { top, second };
}

/** @type {import('eslint').Rule.RuleModule} */
const rule = {
  meta: {
    type: 'problem',
    docs: { description: 'Keeps features apart, and the layers below them from reaching up.' },
    schema: [],
    messages: {
      otherFeature:
        'renderer/src/features/{{from}} may not import another feature ({{to}}): move what they share to components/, widgets/, session/ or the domain.',
      app: 'renderer/src/{{from}} may not import renderer/src/app: the frame, router and start-up use the screens, never the other way round. Move what is shared to session/ or components/.',
      feature:
        'renderer/src/{{from}} is shared by features, so it may not import one ({{to}}): move what it needs down beside it.',
    },
  },
  create(context) {
    const root = context.cwd;
    const file = context.filename;
    const from = placeOf(root, file);
    if (from === null) return {};
    const check = (node) => {
      const spec = node.source?.value;
      if (typeof spec !== 'string' || !spec.startsWith('.')) return;
      const to = placeOf(root, path.resolve(path.dirname(file), spec));
      if (to === null) return;
      if (from.top === 'features' && to.top === 'features' && to.second !== from.second) {
        context.report({
          node: node.source,
          messageId: 'otherFeature',
          data: { from: from.second, to: to.second },
        });
      } else if (to.top === 'app' && (from.top === 'features' || BELOW_FEATURES.has(from.top))) {
        context.report({ node: node.source, messageId: 'app', data: { from: from.top } });
      } else if (to.top === 'features' && BELOW_FEATURES.has(from.top)) {
        context.report({
          node: node.source,
          messageId: 'feature',
          data: { from: from.top, to: to.second },
        });
      }
    };
    return {
      ImportDeclaration: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
      ImportExpression: check,
    };
  },
};

export default { rules: { 'import-boundaries': rule } };
