import { describe, expect, it } from 'vitest';
import { agreedAnswers, type PlainAnswer } from '../answers';
import { DEFAULT_ANSWER_SCALE } from '../answer-scale';
import { compareAnswers } from '../compare';
import { criteriaOf, type MaturityModel } from '../model-types';
import { MODEL_V1 } from '../model-v1';
import { scoreAssessment } from '../scoring';
import { compareModels } from './model-diff';
import { readModelFile } from './read-model-file';
import { decideModelImport } from './same-model';
import { edited, SMALL_MODEL_FILE } from './test-files';
import { writeModelFile } from './write-model-file';

const EXPORTED = writeModelFile(MODEL_V1);

function read(text: string): MaturityModel {
  const result = readModelFile(text);
  if (!result.ok) throw new Error(result.problems.map((p) => `${p.line} ${p.message}`).join('\n'));
  return result.model;
}

const asAcme = (text: string) =>
  edited(
    text,
    ['id: mttr-maturity\n', 'id: acme-recovery\n'],
    ['name: MTTR recovery maturity, version 1\n', 'name: Acme recovery maturity\n'],
  );

const REMOVED = `          - id: people.2.contact-known
            text: >-
              Everyone knows whom to contact when a service the team owns fails out of hours.
            guidance: >-
              A published rota or contact list that a new joiner can find in under a minute.
`;
const ADDED = `          - id: people.2.status-page
            text: Customers can see the status of an incident without asking.
            guidance: A public status page updated during the last incidents.
`;

/** The built-in model, renamed, with one criterion reworded, one removed and one added. */
const EDITED = edited(
  asAcme(EXPORTED),
  [
    'During an incident the team names who holds each role: incident commander,\n              communications, responders.',
    'During an incident the team names its incident commander.',
  ],
  [REMOVED, ''],
  [
    '          - id: people.2.two-responders\n',
    `${ADDED}          - id: people.2.two-responders\n`,
  ],
);

const allYes = (model: MaturityModel): PlainAnswer[] =>
  criteriaOf(model).map((criterion) => ({ criterionId: criterion.id, value: 'yes' }));

describe('a model file, round trip', () => {
  it('reads the exported built-in model back as the same model, which the app already has', () => {
    const result = readModelFile(EXPORTED);
    expect(result.ok && result.ref).toEqual({ name: 'mttr-maturity', version: 1 });
    const model = read(EXPORTED);
    expect(model).toEqual(MODEL_V1);
    expect(decideModelImport(model, [MODEL_V1], [MODEL_V1])).toEqual({ kind: 'already-known' });
    expect(writeModelFile(model)).toBe(EXPORTED);
  });

  it('imports it under a new id: every criterion kept, with its id', () => {
    const acme = read(asAcme(EXPORTED));
    expect(acme.id).toBe('acme-recovery@1');
    expect(acme.name).toBe('Acme recovery maturity');
    expect({ ...acme, id: MODEL_V1.id, name: MODEL_V1.name }).toEqual(MODEL_V1);
    const differences = compareModels(MODEL_V1, acme);
    expect(differences.shared).toHaveLength(40);
    expect(differences.shared.filter((shared) => shared.changes.length > 0)).toEqual([]);
    expect([differences.onlyBefore, differences.onlyAfter]).toEqual([[], []]);
    expect(decideModelImport(acme, [MODEL_V1], [MODEL_V1])).toEqual({ kind: 'add' });
  });

  it('names exactly what an edit changed: one criterion reworded, one removed, one added', () => {
    const acme = read(EDITED);
    const differences = compareModels(MODEL_V1, acme);
    expect(
      differences.shared.filter((s) => s.changes.length > 0).map((s) => [s.id, s.changes]),
    ).toEqual([['people.3.roles', ['text']]]);
    expect(differences.onlyBefore.map((criterion) => criterion.id)).toEqual([
      'people.2.contact-known',
    ]);
    expect(differences.onlyAfter).toEqual([
      {
        id: 'people.2.status-page',
        text: 'Customers can see the status of an incident without asking.',
        guidance: 'A public status page updated during the last incidents.',
        categoryId: 'people',
        level: 2,
      },
    ]);
    expect(differences.shared).toHaveLength(39);
    expect(differences.identical).toBe(false);
  });

  it('scores and compares assessments taken against the edited model, criterion by criterion', () => {
    const acme = read(EDITED);
    const result = scoreAssessment(acme, allYes(acme));
    expect([result.modelId, result.overallLevel, result.overallScore]).toEqual([
      'acme-recovery@1',
      5,
      5,
    ]);
    const before = allYes(MODEL_V1);
    const after = agreedAnswers(allYes(acme).map((answer) => ({ ...answer, raterId: 'agreed' })));
    const changes = compareAnswers(MODEL_V1, before, acme, after);
    expect(changes.map((change) => [change.criterion.id, change.before, change.after])).toEqual([
      ['people.2.status-page', null, 'yes'],
      ['people.2.contact-known', 'yes', null],
    ]);
  });

  it('takes a later edit as the next version, and refuses a different model under a known one', () => {
    const acme = read(EDITED);
    const known = [MODEL_V1, acme];
    const reworded = read(edited(EDITED, ['its incident commander.', 'an incident commander.']));
    expect(decideModelImport(reworded, known, [MODEL_V1])).toEqual({
      kind: 'refused',
      message:
        'The app already has a different model acme-recovery@1. Give this one the next version (version: 2) or an id of its own.',
    });
    const next = read(
      edited(
        EDITED,
        ['its incident commander.', 'an incident commander.'],
        ['version: 1\n', 'version: 2\n'],
      ),
    );
    expect(next.id).toBe('acme-recovery@2');
    expect(decideModelImport(next, known, [MODEL_V1])).toEqual({ kind: 'add' });
    const builtInName = read(edited(EXPORTED, ['version: 1\n', 'version: 2\n']));
    expect(decideModelImport(builtInName, [MODEL_V1], [MODEL_V1])).toEqual({
      kind: 'refused',
      message:
        'mttr-maturity is the name of the app’s own model. Give yours an id of its own (id: acme-recovery, version: 1).',
    });
  });

  it('reads a file saved with Windows line ends or a byte order mark', () => {
    expect(read(EXPORTED.replaceAll('\n', '\r\n'))).toEqual(MODEL_V1);
    expect(read(`\uFEFF${EXPORTED}`)).toEqual(MODEL_V1);
  });

  it('uses the app’s answer wording when the file leaves it out, and keeps a reworded one', () => {
    expect(read(SMALL_MODEL_FILE).answerScale).toEqual(DEFAULT_ANSWER_SCALE);
    const start = EXPORTED.indexOf('\n# How each answer reads');
    const end = EXPORTED.indexOf('\n# Each category says');
    expect(read(EXPORTED.slice(0, start) + EXPORTED.slice(end)).answerScale).toEqual(
      DEFAULT_ANSWER_SCALE,
    );
    const reworded = read(
      edited(
        EXPORTED,
        ['label: Partly\n', 'label: In part\n'],
        [
          'True for some of the services or incidents, or only some of the time.',
          'True for a few services.',
        ],
      ),
    );
    expect(reworded.answerScale.partly).toEqual({
      label: 'In part',
      meaning: 'True for a few services.',
    });
    expect(writeModelFile(reworded)).toContain('label: In part\n');
  });

  it('reads text as written by hand: kept line ends trimmed, an anchor reused', () => {
    const model = read(
      edited(
        SMALL_MODEL_FILE,
        [
          'text: Recovery steps are written down.',
          'text: >\n              Recovery steps\n              are written down.\n',
        ],
        ['guidance: Incident notes.', 'guidance: &notes Incident notes.'],
        ['guidance: Review notes.', 'guidance: *notes'],
      ),
    );
    const [notes, , trends] = criteriaOf(model);
    expect(notes?.text).toBe('Recovery steps are written down.');
    expect(trends?.guidance).toBe('Incident notes.');
  });
});
