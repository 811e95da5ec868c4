// Any maturity model as a YAML file an organisation can read and edit by hand: a header that
// explains the file, then the model in block style with a stable key order, long texts folded,
// and blank lines between categories and levels. Reading the file back (./read-model-file) gives
// the same model.
import { Document, isMap, isScalar, visit } from 'yaml';
import { ANSWER_VALUES } from '../../records/answers';
import {
  EVIDENCE_SOURCES,
  ruleKind,
  type EvidenceRule,
  type EvidenceSource,
} from '../evidence-rules';
import type { Criterion, MaturityModel } from '../model-types';
import { MODEL_FILE_FORMAT, MODEL_FILE_FORMAT_VERSION } from './file-schema';
import { modelFileHeader, wrap } from './header';
import { splitModelId } from './model-id';

/** Fields holding sentences: written folded (`>-`), so they wrap and need no quoting. */
const PROSE_FIELDS = new Set(['initial', 'description', 'text', 'guidance', 'meaning']);

const SECTION_COMMENTS: Readonly<Record<string, string>> = {
  levels: 'The five levels, lowest first. They may be renamed; there are always five.',
  answerScale:
    'How each answer reads to the people answering. Only the wording may change: the weights and the scoring rule are the same for every model.',
  categories:
    'Each category says what level 1 looks like (initial), then levels 2 to 5 with their criteria.',
};

export function writeModelFile(model: MaturityModel): string {
  const ref = splitModelId(model.id);
  if (ref === undefined) throw new Error(`A model id must be name@version: ${model.id}`);
  const data = {
    format: MODEL_FILE_FORMAT,
    formatVersion: MODEL_FILE_FORMAT_VERSION,
    id: ref.name,
    version: ref.version,
    name: model.name,
    levels: model.levels.map(({ level, name }) => ({ level, name })),
    answerScale: Object.fromEntries(
      ANSWER_VALUES.map((value) => {
        const { label, meaning } = model.answerScale[value];
        return [value, { label, meaning }];
      }),
    ),
    categories: model.categories.map((category) => ({
      id: category.id,
      name: category.name,
      initial: category.initial,
      levels: category.levels.map((level) => ({
        level: level.level,
        description: level.description,
        criteria: level.criteria.map(criterionData),
      })),
    })),
  };
  // Shared objects (one answer scale used by many models) must be written out, not aliased.
  const doc = new Document(data, { compat: 'yaml-1.1', aliasDuplicateObjects: false });
  doc.commentBefore = comment(modelFileHeader(model));
  layOut(doc);
  return doc.toString({ lineWidth: 96, minContentWidth: 40, singleQuote: true });
}

/** A criterion's fields in a fixed order; each rule's parameters in the vocabulary's order. */
function criterionData(criterion: Criterion) {
  const rules = (Object.keys(EVIDENCE_SOURCES) as EvidenceSource[]).flatMap(
    (source): [string, Record<string, unknown>][] => {
      const field = EVIDENCE_SOURCES[source].field;
      const rule = criterion[field];
      return rule === undefined ? [] : [[field, ruleData(rule)]];
    },
  );
  return {
    id: criterion.id,
    text: criterion.text,
    guidance: criterion.guidance,
    ...Object.fromEntries(rules),
  };
}

function ruleData(rule: EvidenceRule): Record<string, unknown> {
  const values: Readonly<Record<string, unknown>> = rule;
  const params = Object.keys(ruleKind(rule.kind).params).map((name): [string, unknown] => [
    name,
    values[name],
  ]);
  return { kind: rule.kind, ...Object.fromEntries(params) };
}

function layOut(doc: Document): void {
  visit(doc, {
    Pair(_, pair, path) {
      if (!isScalar(pair.key)) return;
      const key = String(pair.key.value);
      const depth = path.filter((node) => isMap(node)).length;
      if (depth === 1 && key in SECTION_COMMENTS) {
        pair.key.spaceBefore = true;
        pair.key.commentBefore = comment(wrap(SECTION_COMMENTS[key] ?? ''));
      }
      if (PROSE_FIELDS.has(key) && isScalar(pair.value)) {
        pair.value.type = 'BLOCK_FOLDED';
      }
    },
    Seq(_, seq, path) {
      // Categories, and the levels within a category: a blank line before each but the first.
      const parent = path.at(-1);
      const field =
        parent !== undefined && 'key' in parent && isScalar(parent.key) ? parent.key.value : '';
      const nested = path.filter((node) => isMap(node)).length > 1;
      if (field === 'categories' || (field === 'levels' && nested)) {
        for (const item of seq.items.slice(1)) if (isMap(item)) item.spaceBefore = true;
      }
    },
  });
}

/** Comment lines as the YAML writer wants them: a leading space per line, `#` alone for a gap. */
function comment(lines: readonly string[]): string {
  return lines.map((line) => ` ${line}`.trimEnd() || ' ').join('\n');
}
