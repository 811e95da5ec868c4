import { describe, expect, it } from 'vitest';
import { DEFAULT_ANSWER_SCALE } from '../answer-scale';
import { EVIDENCE_SOURCES, RULE_KINDS, ruleKind } from '../evidence-rules';
import { criteriaOf, type MaturityModel } from '../model-types';
import { MODEL_V1 } from '../model-v1';
import { SCORING_RULE } from '../scoring-rule';
import { ruleExample } from './header';
import { readModelFile } from './read-model-file';
import { edited, SMALL_MODEL_FILE } from './test-files';
import { writeModelFile } from './write-model-file';

const EXPORTED = writeModelFile(MODEL_V1);
const HEADER = EXPORTED.slice(0, EXPORTED.indexOf('\nformat:'));
/** The header as running text: comment marks gone, lines joined. */
const HEADER_TEXT = HEADER.split('\n')
  .map((line) => line.replace(/^#\s?/u, '').trim())
  .join(' ')
  .replace(/\s+/gu, ' ');

describe('writing a model file', () => {
  it('writes the built-in model as the file kept beside this test', async () => {
    // The file is the product's example of a model file: read it to review a change of format.
    await expect(EXPORTED).toMatchFileSnapshot('./fixtures/mttr-maturity-1.yaml');
    expect(writeModelFile(MODEL_V1)).toBe(EXPORTED);
  });

  it('explains the file: what to edit, stable ids, and the scoring rule in words', () => {
    for (const words of [
      'the model is known as id@version',
      'A model whose id and version the app already has is refused unless it is identical.',
      'Keep the id when you reword or move a criterion; give a new criterion a new id',
      ...SCORING_RULE,
    ]) {
      expect(HEADER_TEXT).toContain(words);
    }
  });

  it('documents every rule kind in the vocabulary, with each parameter', () => {
    for (const kind of RULE_KINDS) {
      const definition = ruleKind(kind);
      expect(HEADER_TEXT).toContain(`${kind} (${EVIDENCE_SOURCES[definition.source].field})`);
      expect(HEADER_TEXT).toContain(definition.tests);
      for (const [name, param] of Object.entries(definition.params)) {
        expect(HEADER_TEXT).toContain(`${name}: ${param.accepts}. ${param.meaning}`);
      }
    }
  });

  it.each(RULE_KINDS)('gives an example of %s that reads as written', (kind) => {
    const example = ruleExample(kind);
    const field = EVIDENCE_SOURCES[ruleKind(kind).source].field;
    expect(HEADER).toContain(
      example.length === 1
        ? `e.g. ${example.join('')}`
        : example.map((line) => `#       ${line}`).join('\n'),
    );
    const result = readModelFile(
      edited(SMALL_MODEL_FILE, [
        'drillRule:\n              kind: drills-per-quarter\n              count: 1\n              quarters: 2',
        example.map((line, index) => (index === 0 ? line : `            ${line}`)).join('\n'),
      ]),
    );
    expect(result.ok && criteriaOf(result.model)[1]?.[field]).toEqual({
      kind,
      ...ruleKind(kind).example,
    });
  });

  it('keeps every line within 100 characters and writes block style with folded sentences', () => {
    const lines = EXPORTED.split('\n');
    expect(lines.filter((line) => line.length > 100)).toEqual([]);
    expect(EXPORTED.slice(HEADER.length)).not.toMatch(/: \{|: \[/u);
    expect(EXPORTED).toContain(
      '          - id: people.3.roles\n            text: >-\n              During an incident the team names who holds each role: incident commander,\n',
    );
  });

  it('quotes the words other YAML readers take for true and false', () => {
    expect(EXPORTED).toContain("  'no':\n    label: 'No'\n");
    expect(EXPORTED).toContain("  'yes':\n    label: 'Yes'\n");
  });

  it('writes the model’s own answer wording', () => {
    const model: MaturityModel = {
      ...MODEL_V1,
      answerScale: { ...DEFAULT_ANSWER_SCALE, mostly: { label: 'Largely', meaning: 'Nearly.' } },
    };
    expect(writeModelFile(model)).toContain(
      '  mostly:\n    label: Largely\n    meaning: >-\n      Nearly.\n',
    );
  });

  it('writes objects a model shares out in full, never as anchors and aliases', () => {
    const rule = { kind: 'phases-measured', minDrills: 2, withinDays: 91 } as const;
    const [category] = MODEL_V1.categories;
    if (category === undefined) throw new Error('no category');
    const model: MaturityModel = {
      ...MODEL_V1,
      categories: [
        {
          ...category,
          levels: category.levels.map((level) => ({
            ...level,
            criteria: level.criteria.map((criterion) => ({ ...criterion, drillRule: rule })),
          })),
        },
      ],
    };
    const text = writeModelFile(model);
    expect(text).not.toMatch(/[&*][a-z]\d/u);
    const result = readModelFile(text);
    expect(result.ok && result.model).toEqual(model);
  });

  it('refuses a model whose id is not name@version', () => {
    expect(() => writeModelFile({ ...MODEL_V1, id: 'mttr-maturity' })).toThrow(
      'A model id must be name@version: mttr-maturity',
    );
  });
});
