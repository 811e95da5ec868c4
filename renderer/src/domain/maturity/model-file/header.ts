// The comment at the top of an exported model file: what the file is, what may be edited, why ids
// stay, how scoring works, and every evidence rule kind with its parameters. The rule section is
// written from the vocabulary table (../evidence-rules), so the file documents whatever kinds the
// app knows. Lines are at most 100 characters, like the YAML below them.
import { stringify } from 'yaml';
import {
  EVIDENCE_SOURCES,
  RULE_KINDS,
  ruleKind,
  type EvidenceRuleKind,
  type EvidenceSource,
} from '../evidence-rules';
import type { MaturityModel } from '../model-types';
import { SCORING_RULE } from '../scoring-rule';
import { MODEL_LIMITS } from './file-schema';

const WIDTH = 98;

/** The header's lines, without the comment marks the YAML writer adds. */
export function modelFileHeader(model: MaturityModel): string[] {
  const L = MODEL_LIMITS;
  return [
    `${model.name} (${model.id}): a recovery maturity model for MTTR Studio.`,
    '',
    ...wrap(
      'Edit this file and import it in MTTR Studio as a model of your own; a team can then take its assessments against it. A file with any problem is refused as a whole, with each problem named by its line, and changes nothing.',
    ),
    '',
    'WHAT YOU MAY EDIT',
    ...bullets([
      'id and version: the model is known as id@version. Give an edited model an id of your own (lowercase letters, digits and hyphens, e.g. acme-recovery) and version 1; raise the version for each later edit (acme-recovery@2). A model whose id and version the app already has is refused unless it is identical.',
      'name, the names of the five levels, and the answer scale’s wording (leave answerScale out to use the app’s wording). The five levels themselves, and the answers’ weights, are the same for every model.',
      'categories: add, remove or rename them. Each has an id (lowercase words joined by hyphens), a name, `initial` (what level 1 looks like) and levels 2, 3, 4 and 5, in that order, each with a description and at least one criterion.',
      'criteria: reword their text and guidance, move them, remove them, add new ones, and attach, change or remove their evidence rules.',
      `Lengths: a name at most ${L.modelName} characters (level names ${L.levelName}, category names ${L.categoryName}), a description ${L.description}, a criterion’s text ${L.criterionText} and its guidance ${L.guidance}. At most ${L.categories} categories and ${L.criteriaPerLevel} criteria per level.`,
    ]),
    '',
    'IDS STAY STABLE',
    ...wrap(
      'A criterion’s id is how answers, targets and action items find it, and how assessments taken against two models are compared criterion by criterion. It has three parts joined by dots, in lowercase: the category, the level it was written for, and a short name (people.3.roles). Keep the id when you reword or move a criterion; give a new criterion a new id; never reuse an id for a different statement. An id is used once in the whole model.',
    ),
    '',
    'HOW SCORING WORKS (the same rule for every model; this file cannot change it)',
    ...bullets(SCORING_RULE),
    '',
    'EVIDENCE RULES',
    ...wrap(
      `A criterion may carry a rule that the app tests against ${sourcesInWords()}. What a rule finds is offered as evidence while answering; the team decides. A window of days ends on the day the evidence is judged, both ends included. Write a rule under the criterion, as in the examples. The kinds:`,
    ),
    ...RULE_KINDS.flatMap((kind) => ruleDoc(kind)),
  ];
}

function ruleDoc(kind: EvidenceRuleKind): string[] {
  const definition = ruleKind(kind);
  const example = ruleExample(kind);
  return [
    '',
    `  ${kind} (${EVIDENCE_SOURCES[definition.source].field})`,
    ...wrap(definition.tests, '    '),
    ...Object.entries(definition.params).flatMap(([name, param]) =>
      wrap(`${name}: ${param.accepts}. ${param.meaning}`, '    ', '      '),
    ),
    ...(example.length === 1
      ? [`    e.g. ${example.join('')}`]
      : ['    e.g.', ...example.map((line) => `      ${line}`)]),
  ];
}

/**
 * A kind's example as YAML lines to write under a criterion: on one line where it fits the
 * header's width, else in block style.
 */
export function ruleExample(kind: EvidenceRuleKind): string[] {
  const definition = ruleKind(kind);
  const value = { [EVIDENCE_SOURCES[definition.source].field]: { kind, ...definition.example } };
  const flow = stringify(value, {
    collectionStyle: 'flow',
    flowCollectionPadding: false,
    lineWidth: 0,
  })
    .trim()
    .slice(1, -1);
  const line = flow.trim();
  if ('#     e.g. '.length + line.length <= WIDTH) return [line];
  return stringify(value, { lineWidth: 0 }).trimEnd().split('\n');
}

function sourcesInWords(): string {
  return (Object.keys(EVIDENCE_SOURCES) as EvidenceSource[])
    .map((source) => {
      const { words, field, note } = EVIDENCE_SOURCES[source];
      return `${words} (${field}; ${note})`;
    })
    .join(' or ');
}

function bullets(items: readonly string[]): string[] {
  return items.flatMap((item) => wrap(item, '- ', '  '));
}

/** Words filled into lines of at most WIDTH characters. */
export function wrap(text: string, first = '', rest = first): string[] {
  const lines: string[] = [];
  let line = first;
  let empty = true;
  for (const word of text.split(/\s+/u).filter((w) => w !== '')) {
    if (!empty && line.length + 1 + word.length > WIDTH) {
      lines.push(line);
      line = rest + word;
    } else {
      line = empty ? line + word : `${line} ${word}`;
    }
    empty = false;
  }
  lines.push(line);
  return lines;
}
