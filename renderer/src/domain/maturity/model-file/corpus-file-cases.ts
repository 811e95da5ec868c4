// Bad model files, each with every problem it must be refused with: the line, the path in the
// file and the words. Here what is wrong with the file as a whole: its YAML, its size, its kind,
// the model's id, version, levels and answer wording. Most are the small valid file
// (./test-files) with one edit; ./corpus-content-cases has the categories, criteria and rules.
import { MODEL_FILE_MAX_BYTES } from './read-model-file';
import { edited, SMALL_MODEL_FILE as FILE } from './test-files';

export interface BadModelFile {
  readonly name: string;
  readonly text: string;
  readonly problems: readonly string[];
}

const C1 = 'categories[0].levels[1].criteria[0]';
const BOMB = `x: &a ["x","x","x","x","x","x","x","x","x"]
y: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
z: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
w: [*c,*c,*c,*c,*c,*c,*c,*c,*c]
`;

export const BAD_MODEL_FILES: readonly BadModelFile[] = [
  // YAML itself
  {
    name: 'an unclosed quote',
    text: edited(FILE, ['text: Incident roles', 'text: "Incident roles']),
    problems: [`line 32, ${C1}.text: is not closed: Missing closing "quote`],
  },
  {
    name: 'a tab used to indent',
    text: edited(FILE, ['    name: Managed', '\tname: Managed']),
    problems: ['line 10: is not valid YAML: Tabs are not allowed as indentation'],
  },
  {
    name: 'a field written twice',
    text: edited(FILE, [
      'guidance: Role lists.',
      'guidance: Role lists.\n            guidance: More.',
    ]),
    problems: [
      `line 34, ${C1}.guidance: "guidance" is given twice (first at line 33); write each field once`,
    ],
  },
  {
    name: 'two YAML documents',
    text: `${FILE}---\nid: other\n`,
    problems: ['line 55: a second YAML document starts here (---); a model file is one document'],
  },
  {
    name: 'a tag the file cannot hold',
    text: edited(FILE, ['guidance: Role lists.', 'guidance: !!binary aGVsbG8=']),
    problems: [`line 33, ${C1}.guidance: the tag !!binary has no place in a model file; remove it`],
  },
  {
    name: 'an alias bomb',
    text: FILE + BOMB,
    problems: [
      'line 56, y[0]: the file’s aliases repeat too much (more than 50 copies); write the text out instead',
    ],
  },
  {
    name: 'lists nested deeper than any model',
    text: edited(FILE, [
      'name: Acme recovery maturity',
      `name: ${'['.repeat(25)}${']'.repeat(25)}`,
    ]),
    problems: [
      `line 5, name${'[0]'.repeat(11)}…: the file nests more than 20 levels deep; a model file needs no more than 9`,
    ],
  },
  {
    name: 'lists nested too deep to parse',
    text: edited(FILE, [
      'name: Acme recovery maturity',
      `name: ${'['.repeat(5000)}${']'.repeat(5000)}`,
    ]),
    problems: [
      `line 5, name${'[0]'.repeat(11)}…: nests too deeply to be read; a model file needs no more than 9 levels`,
    ],
  },
  {
    name: 'an alias without its anchor',
    text: edited(FILE, ['guidance: Role lists.', 'guidance: *roles']),
    problems: [`line 33, ${C1}.guidance: the alias *roles names no anchor (&roles) above it`],
  },
  // The file as a whole
  { name: 'an empty file', text: '\n  \n', problems: ['line 1: the file is empty'] },
  {
    name: 'a file too large',
    text: `${FILE}#${'x'.repeat(MODEL_FILE_MAX_BYTES)}\n`,
    problems: ['line 1: the file is 1026 KB; a model file may be at most 1024 KB'],
  },
  {
    name: 'a list instead of a model',
    text: '- people\n- process\n',
    problems: [
      'line 1: this is not a maturity model file (it starts with format: mttr-studio-maturity-model)',
    ],
  },
  {
    name: 'a backup file',
    text: '{"format":"mttr-studio-backup","schemaVersion":3,"stores":{}}\n',
    problems: [
      'line 1, format: this file says format "mttr-studio-backup"; a maturity model file starts with format: mttr-studio-maturity-model',
    ],
  },
  {
    name: 'a file from a newer version of the app',
    text: edited(FILE, ['formatVersion: 1', 'formatVersion: 2']),
    problems: [
      'line 2, formatVersion: the file was written by a newer version of MTTR Studio (format version 2); this version reads format version 1',
    ],
  },
  // The model's id, version and names
  {
    name: 'a model id with its version in it',
    text: edited(FILE, ['id: acme-recovery', 'id: acme-recovery@1']),
    problems: [
      'line 3, id: "acme-recovery@1" is not a model id: lowercase letters, digits and single hyphens, starting with a letter (acme-recovery); the version goes in `version`',
    ],
  },
  {
    name: 'a model id with capitals and spaces',
    text: edited(FILE, ['id: acme-recovery', 'id: Acme Recovery']),
    problems: [
      'line 3, id: "Acme Recovery" is not a model id: lowercase letters, digits and single hyphens, starting with a letter (acme-recovery)',
    ],
  },
  {
    name: 'a version that is not a whole number',
    text: edited(FILE, ['version: 1', 'version: 1.5']),
    problems: ['line 4, version: must be a whole number from 1 to 9999, not 1.5'],
  },
  {
    name: 'a name that is a number',
    text: edited(FILE, ['name: Acme recovery maturity', 'name: 2024']),
    problems: ['line 5, name: must be text, not 2024'],
  },
  {
    name: 'a model without level 5',
    text: edited(FILE, ['  - level: 5\n    name: Optimising\n', '']),
    problems: ['line 6, levels: level 5 is missing; a model names levels 1 to 5'],
  },
  {
    name: 'an answer scale without Not applicable',
    text: edited(FILE, [
      'categories:\n',
      'answerScale:\n  no: { label: No, meaning: Never. }\n  partly: { label: Partly, meaning: Some. }\n  mostly: { label: Mostly, meaning: Most. }\n  yes: { label: Yes, meaning: All. }\ncategories:\n',
    ]),
    problems: [
      'line 17, answerScale.na: is missing; it must be an answer’s wording: label and meaning',
    ],
  },
];
