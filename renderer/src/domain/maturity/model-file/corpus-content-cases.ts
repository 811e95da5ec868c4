// Bad model files: categories, levels, criteria and their evidence rules, each with every problem
// it must be refused with (line, path and words). See ./corpus-file-cases for the file as a whole.
import type { BadModelFile } from './corpus-file-cases';
import { edited, SECOND_CATEGORY, SMALL_MODEL_FILE as FILE } from './test-files';

const KINDS =
  'tier1-recovery-measured, drills-per-quarter, reviews-held, runbook-usage-known, phases-measured and recovery-median-improved';
const C0 = 'categories[0].levels[0].criteria[0]';
const C1 = 'categories[0].levels[1].criteria[0]';
const C2 = 'categories[0].levels[2].criteria[0]';
const C3 = 'categories[0].levels[3].criteria[0]';
const CATEGORY_LEVELS = 'every category describes levels 2 to 5 (level 1 is its `initial`)';
const LEVEL_4 = `      - level: 4
        description: Trends are reviewed.
        criteria:
          - id: people.4.trends
            text: The trend is reviewed every quarter.
            guidance: Review notes.
`;

export const BAD_MODEL_CONTENT: readonly BadModelFile[] = [
  // Categories and levels
  {
    name: 'a category id in the wrong shape',
    text: edited(FILE, ['  - id: people\n', '  - id: People Team\n']),
    problems: [
      'line 18, categories[0].id: "People Team" is not a category id: lowercase words joined by hyphens (people, on-call)',
    ],
  },
  {
    name: 'a category id used twice',
    text: FILE + edited(SECOND_CATEGORY, ['- id: process\n', '- id: people\n']),
    problems: [
      'line 55, categories[1].id: "people" is used twice (first at line 18); each id names one thing',
    ],
  },
  {
    name: 'a level without criteria',
    text: edited(FILE, [
      LEVEL_4,
      LEVEL_4.slice(0, LEVEL_4.indexOf('criteria:')) + 'criteria: []\n',
    ]),
    problems: [
      'line 40, categories[0].levels[2].criteria: has no criteria; every level needs at least one',
    ],
  },
  {
    name: 'a level with no criteria field',
    text: edited(FILE, [LEVEL_4, LEVEL_4.slice(0, LEVEL_4.indexOf('        criteria:'))]),
    problems: [
      'line 38, categories[0].levels[2].criteria: is missing; it must be a list of criteria',
    ],
  },
  {
    name: 'a missing level',
    text: edited(FILE, [LEVEL_4, '']),
    problems: [`line 21, categories[0].levels: level 4 is missing; ${CATEGORY_LEVELS}`],
  },
  {
    name: 'levels out of order',
    text: edited(
      FILE,
      ['- level: 3\n        description: Roles', '- level: 4\n        description: Roles'],
      ['- level: 4\n        description: Trends', '- level: 3\n        description: Trends'],
    ),
    problems: [
      `line 38, categories[0].levels[2].level: level 3 comes after level 4; ${CATEGORY_LEVELS}, in order`,
    ],
  },
  {
    name: 'a level given twice',
    text: edited(FILE, [
      '- level: 4\n        description: Trends',
      '- level: 3\n        description: Trends',
    ]),
    problems: [
      `line 21, categories[0].levels: level 4 is missing; ${CATEGORY_LEVELS}`,
      `line 38, categories[0].levels[2].level: level 3 is given twice (first at line 28); ${CATEGORY_LEVELS}, each once`,
    ],
  },
  {
    name: 'a category describing level 1 as a level',
    text: edited(FILE, [
      '- level: 2\n        description: Notes',
      '- level: 1\n        description: Notes',
    ]),
    problems: [
      `line 21, categories[0].levels: level 2 is missing; ${CATEGORY_LEVELS}`,
      'line 22, categories[0].levels[0].level: must be 2, 3, 4 or 5 (level 1 is described by the category’s `initial`), not 1',
    ],
  },
  // Criteria
  {
    name: 'a criterion id used twice in a category',
    text: edited(FILE, ['people.4.trends', 'people.2.notes']),
    problems: [
      `line 41, ${C2}.id: "people.2.notes" is used twice (first at line 25); each id names one thing`,
    ],
  },
  {
    name: 'a criterion id used in two categories',
    text: FILE + edited(SECOND_CATEGORY, ['process.3.roles', 'people.3.roles']),
    problems: [
      'line 68, categories[1].levels[1].criteria[0].id: "people.3.roles" is used twice (first at line 31); each id names one thing',
    ],
  },
  {
    name: 'a criterion id in the wrong shape',
    text: edited(FILE, ['people.2.notes', 'People.2.Notes']),
    problems: [
      `line 25, ${C0}.id: "People.2.Notes" is not a criterion id: category, level and a short name in lowercase, joined by dots (people.3.roles)`,
    ],
  },
  {
    name: 'a misspelt field',
    text: edited(FILE, ['guidance: Role lists.', 'guidence: Role lists.']),
    problems: [
      `line 31, ${C1}.guidance: is missing; it must be text`,
      `line 33, ${C1}.guidence: "guidence" is not a field of a criterion; did you mean "guidance"?`,
    ],
  },
  {
    name: 'a merge key',
    text: edited(FILE, [
      'guidance: Role lists.',
      'guidance: Role lists.\n            <<: { text: Other }',
    ]),
    problems: [
      `line 34, ${C1}.<<: "<<" is not a field of a criterion; its fields are id, text, guidance, drillRule and incidentRule`,
    ],
  },
  {
    name: 'a field named like an object’s internals',
    text: edited(FILE, [
      'guidance: Role lists.',
      'guidance: Role lists.\n            __proto__: { a: 1 }',
    ]),
    problems: [
      `line 34, ${C1}.__proto__: "__proto__" is not a field of a criterion; its fields are id, text, guidance, drillRule and incidentRule`,
    ],
  },
  {
    name: 'a text too long',
    text: edited(FILE, ['guidance: Incident notes.', `guidance: ${'x'.repeat(1001)}`]),
    problems: [`line 27, ${C0}.guidance: is 1001 characters long; at most 1000 are allowed`],
  },
  {
    name: 'an empty text',
    text: edited(FILE, ['guidance: Incident notes.', 'guidance: "  "']),
    problems: [`line 27, ${C0}.guidance: is empty; write the text here`],
  },
  {
    name: 'a text left out',
    text: edited(FILE, ['text: The trend is reviewed every quarter.', 'text:']),
    problems: [`line 42, ${C2}.text: is empty; it must be text`],
  },
  // Evidence rules
  {
    name: 'an unknown rule kind',
    text: edited(FILE, ['kind: drills-per-quarter', 'kind: drill-per-quarter']),
    problems: [
      `line 35, ${C1}.drillRule.kind: "drill-per-quarter" is not a kind of drillRule (did you mean "drills-per-quarter"?); the kinds of drillRule are ${KINDS}`,
    ],
  },
  {
    name: 'a rule without a kind',
    text: edited(FILE, ['              kind: drills-per-quarter\n', '']),
    problems: [`line 34, ${C1}.drillRule.kind: is missing; the kinds of drillRule are ${KINDS}`],
  },
  {
    name: 'a rule written as a word',
    text: edited(FILE, [
      'drillRule:\n              kind: drills-per-quarter\n              count: 1\n              quarters: 2',
      'drillRule: drills-per-quarter',
    ]),
    problems: [
      `line 34, ${C1}.drillRule: must be a rule: a kind and its parameters, one per line (see the file’s header), not "drills-per-quarter"`,
    ],
  },
  {
    name: 'a rule parameter out of range',
    text: edited(FILE, ['count: 1', 'count: 0']),
    problems: [`line 36, ${C1}.drillRule.count: must be a whole number from 1 to 50, not 0`],
  },
  {
    name: 'a rule parameter missing',
    text: edited(FILE, ['              count: 1\n', '']),
    problems: [
      `line 34, ${C1}.drillRule.count: is missing; it must be a whole number from 1 to 50`,
    ],
  },
  {
    name: 'a rule parameter of another kind',
    text: edited(FILE, ['quarters: 2', 'quarters: 2\n              withinDays: 90']),
    problems: [
      `line 38, ${C1}.drillRule.withinDays: "withinDays" is not a field of a drills-per-quarter rule; its fields are kind, count and quarters`,
    ],
  },
  {
    name: 'a severity that does not exist and a share above 1',
    text: edited(FILE, ['[SEV1, SEV2]', '[SEV1, SEV5]'], ['share: 1', 'share: 1.5']),
    problems: [
      `line 52, ${C3}.drillRule.severities[1]: must be one of SEV1, SEV2, SEV3, SEV4, not "SEV5"`,
      `line 53, ${C3}.drillRule.share: must be a number above 0 and at most 1 (0.5 is half, 1 is every one), not 1.5`,
    ],
  },
];
