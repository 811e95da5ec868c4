import { describe, expect, it } from 'vitest';
import {
  byName,
  byTierThenName,
  NAME_MAX_LENGTH,
  nameLength,
  normaliseName,
  parseTier,
  ROLE_MAX_LENGTH,
  sameName,
  validatePersonInput,
  validateServiceInput,
  validateTeamInput,
} from './team-rules';

const teams = [
  { id: 't1', name: 'Payments' },
  { id: 't2', name: 'Checkout Web' },
];

describe('normaliseName', () => {
  it.each([
    ['  Payments  ', 'Payments'],
    ['Payments   Platform', 'Payments Platform'],
    ['Payments\t\u00a0 Platform', 'Payments Platform'],
    ['Cafe\u0301', 'Café'],
    ['\u3000Data\u2003Pipelines ', 'Data Pipelines'],
    ['', ''],
  ])('%j → %j', (input, expected) => {
    expect(normaliseName(input)).toBe(expected);
  });

  it('composes to NFC so both spellings of é are the same string', () => {
    expect(normaliseName('Cafe\u0301')).toBe(normaliseName('Caf\u00e9'));
  });
});

describe('sameName', () => {
  it.each([
    ['Payments', 'payments'],
    [' Payments  Platform', 'PAYMENTS PLATFORM '],
    ['Café', 'CAFE\u0301'],
    ['Identity & Access', 'identity &   access'],
  ])('%j is the same name as %j', (a, b) => {
    expect(sameName(a, b)).toBe(true);
  });

  it.each([
    ['Payments', 'Payment'],
    ['Cafe', 'Café'],
    ['PaymentsPlatform', 'Payments Platform'],
  ])('%j is not the same name as %j', (a, b) => {
    expect(sameName(a, b)).toBe(false);
  });
});

describe('nameLength', () => {
  it('counts what a reader sees as characters', () => {
    expect(nameLength('abc')).toBe(3);
    expect(nameLength('Cafe\u0301')).toBe(4);
    expect(nameLength('🇳🇱 team')).toBe(6);
    expect(nameLength('👩‍💻')).toBe(1);
  });
});

describe('validateTeamInput', () => {
  it('returns the normalised name', () => {
    expect(validateTeamInput({ name: '  Data   Pipelines ' }, teams)).toEqual({
      ok: true,
      value: { name: 'Data Pipelines' },
    });
  });

  it.each([
    ['', 'Give the team a name.'],
    [' \t\n ', 'Give the team a name.'],
    ['Pay\nments', 'Keep the name on one line.'],
    ['Pay\r\nments', 'Keep the name on one line.'],
    ['Pay\u2028ments', 'Keep the name on one line.'],
    ['Pay\u0000ments', 'Remove the hidden control characters from the name.'],
    ['Pay\u001bments', 'Remove the hidden control characters from the name.'],
    ['Pay\u007fments', 'Remove the hidden control characters from the name.'],
    ['\u202eстоп', 'Remove the hidden control characters from the name.'],
    ['payments', 'There is already a team called “Payments”.'],
    ['  PAYMENTS ', 'There is already a team called “Payments”.'],
    ['checkout   web', 'There is already a team called “Checkout Web”.'],
  ])('refuses %j: %s', (name, message) => {
    expect(validateTeamInput({ name }, teams)).toEqual({ ok: false, errors: { name: message } });
  });

  it('accepts a trailing line break, which trimming removes', () => {
    expect(validateTeamInput({ name: 'Data\n' }, teams)).toEqual({
      ok: true,
      value: { name: 'Data' },
    });
  });

  it(`accepts exactly ${NAME_MAX_LENGTH} characters and refuses one more, with the count`, () => {
    expect(validateTeamInput({ name: 'a'.repeat(80) }, teams).ok).toBe(true);
    expect(validateTeamInput({ name: 'a'.repeat(93) }, teams)).toEqual({
      ok: false,
      errors: { name: 'Keep the name to 80 characters or fewer (this one has 93).' },
    });
  });

  it('measures the length after collapsing whitespace', () => {
    const name = `${'a'.repeat(40)}${' '.repeat(20)}${'b'.repeat(39)}`;
    expect(validateTeamInput({ name }, teams).ok).toBe(true);
  });

  it('counts accents and emoji as one character each', () => {
    expect(validateTeamInput({ name: 'e\u0301'.repeat(80) }, teams).ok).toBe(true);
    expect(validateTeamInput({ name: '👩‍💻'.repeat(80) }, teams).ok).toBe(true);
  });

  it('lets a team keep its own name or change only its case', () => {
    expect(validateTeamInput({ name: 'Payments' }, teams, 't1').ok).toBe(true);
    expect(validateTeamInput({ name: 'PAYMENTS' }, teams, 't1')).toEqual({
      ok: true,
      value: { name: 'PAYMENTS' },
    });
  });

  it('still refuses another team’s name when renaming', () => {
    expect(validateTeamInput({ name: 'payments' }, teams, 't2').ok).toBe(false);
  });

  it('accepts any name when there are no other teams', () => {
    expect(validateTeamInput({ name: 'Payments' }, []).ok).toBe(true);
  });
});

describe('parseTier', () => {
  it.each([1, 2, 3])('accepts %d', (tier) => {
    expect(parseTier(tier)).toBe(tier);
  });

  it.each([0, 4, 1.5, -1, NaN, '1', null, undefined, true, [1], { tier: 1 }])(
    'refuses %j',
    (tier) => {
      expect(parseTier(tier)).toBeNull();
    },
  );
});

describe('validateServiceInput', () => {
  const siblings = [{ id: 's1', name: 'Ledger API' }];

  it('returns the normalised name and the tier', () => {
    expect(validateServiceInput({ name: ' Refunds  Worker ', tier: 2 }, siblings)).toEqual({
      ok: true,
      value: { name: 'Refunds Worker', tier: 2 },
    });
  });

  it.each([undefined, null, ''])('asks for a tier when it is %j', (tier) => {
    expect(validateServiceInput({ name: 'Refunds', tier }, siblings)).toEqual({
      ok: false,
      errors: { tier: 'Choose a tier for the service.' },
    });
  });

  it.each([0, 4, 2.5, '2', 'high'])('refuses tier %j', (tier) => {
    expect(validateServiceInput({ name: 'Refunds', tier }, siblings)).toEqual({
      ok: false,
      errors: { tier: 'The tier must be 1 (most critical), 2 or 3.' },
    });
  });

  it('reports the name and the tier together', () => {
    expect(validateServiceInput({ name: '', tier: 9 }, siblings)).toEqual({
      ok: false,
      errors: {
        name: 'Give the service a name.',
        tier: 'The tier must be 1 (most critical), 2 or 3.',
      },
    });
  });

  it('refuses a sibling’s name, naming it as stored', () => {
    expect(validateServiceInput({ name: 'ledger api', tier: 1 }, siblings)).toEqual({
      ok: false,
      errors: { name: 'This team already has a service called “Ledger API”.' },
    });
  });

  it('lets a service keep its name when edited', () => {
    expect(validateServiceInput({ name: 'LEDGER API', tier: 3 }, siblings, 's1').ok).toBe(true);
  });

  it('refuses a name that is too long', () => {
    expect(validateServiceInput({ name: 's'.repeat(81), tier: 1 }, siblings)).toEqual({
      ok: false,
      errors: { name: 'Keep the name to 80 characters or fewer (this one has 81).' },
    });
  });
});

describe('validatePersonInput', () => {
  const siblings = [
    { id: 'p1', name: 'Amara Okafor' },
    { id: 'p2', name: 'Wen' },
  ];

  it('returns the normalised name and role', () => {
    expect(validatePersonInput({ name: ' Liam   Berg', role: '  SRE ' }, siblings)).toEqual({
      ok: true,
      value: { name: 'Liam Berg', role: 'SRE' },
    });
  });

  it('requires a role', () => {
    expect(validatePersonInput({ name: 'Liam Berg', role: '   ' }, siblings)).toEqual({
      ok: false,
      errors: { role: 'Give the person’s role, for example “Backend engineer”.' },
    });
  });

  it('refuses a teammate’s name and suggests adding an initial', () => {
    expect(validatePersonInput({ name: 'amara okafor', role: 'SRE' }, siblings)).toEqual({
      ok: false,
      errors: {
        name: 'This team already has someone called “Amara Okafor”. Add an initial to tell them apart (for example “Amara R. Okafor”).',
      },
    });
    expect(validatePersonInput({ name: 'WEN', role: 'SRE' }, siblings)).toEqual({
      ok: false,
      errors: {
        name: 'This team already has someone called “Wen”. Add an initial to tell them apart (for example “Wen R.”).',
      },
    });
  });

  it('lets a person keep their name when edited', () => {
    expect(validatePersonInput({ name: 'Amara Okafor', role: 'QA' }, siblings, 'p1').ok).toBe(true);
  });

  it(`accepts a role of ${ROLE_MAX_LENGTH} characters and refuses one more`, () => {
    expect(validatePersonInput({ name: 'Liam', role: 'r'.repeat(60) }, siblings).ok).toBe(true);
    expect(validatePersonInput({ name: 'Liam', role: 'r'.repeat(61) }, siblings)).toEqual({
      ok: false,
      errors: { role: 'Keep the role to 60 characters or fewer (this one has 61).' },
    });
  });

  it('refuses line breaks and control characters in the role', () => {
    expect(validatePersonInput({ name: 'Liam', role: 'SRE\nlead' }, siblings)).toEqual({
      ok: false,
      errors: { role: 'Keep the role on one line.' },
    });
    expect(validatePersonInput({ name: 'Liam', role: 'SRE\u0007' }, siblings)).toEqual({
      ok: false,
      errors: { role: 'Remove the hidden control characters from the role.' },
    });
  });

  it('reports the name and the role together', () => {
    const result = validatePersonInput({ name: '', role: 'x'.repeat(70) }, siblings);
    expect(!result.ok && Object.keys(result.errors).sort()).toEqual(['name', 'role']);
  });
});

describe('ordering', () => {
  it('sorts by name ignoring case and accents, then by id', () => {
    const items = [
      { id: '3', name: 'zeta' },
      { id: '2', name: 'Émile' },
      { id: '1', name: 'alpha' },
      { id: '5', name: 'Beta' },
      { id: '4', name: 'beta' },
    ];
    expect([...items].sort(byName).map((item) => item.id)).toEqual(['1', '4', '5', '2', '3']);
  });

  it('sorts numbers in names by value', () => {
    const items = [
      { id: 'a', name: 'Team 10' },
      { id: 'b', name: 'Team 9' },
    ];
    expect([...items].sort(byName).map((item) => item.name)).toEqual(['Team 9', 'Team 10']);
  });

  it('sorts services by tier, then name', () => {
    const items = [
      { id: 'a', name: 'Alpha', tier: 3 },
      { id: 'b', name: 'Zulu', tier: 1 },
      { id: 'c', name: 'Mike', tier: 1 },
    ];
    expect([...items].sort(byTierThenName).map((item) => item.id)).toEqual(['c', 'b', 'a']);
  });
});
