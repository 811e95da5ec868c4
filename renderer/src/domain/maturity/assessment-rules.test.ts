import { describe, expect, it } from 'vitest';
import { validateAnswer, validateEvidence, validateStart } from './assessment-rules';

const amara = { id: 'p1', name: 'Amara' };
const liam = { id: 'p2', name: 'Liam' };

describe('validateStart', () => {
  it('cleans the input and makes the participants raters only when rating independently', () => {
    expect(
      validateStart({
        takenOn: ' 2025-03-14 ',
        facilitator: ' Amara  Okafor ',
        participants: [amara, liam, amara],
        independentRaters: true,
      }),
    ).toEqual({
      ok: true,
      value: {
        takenOn: '2025-03-14',
        facilitator: 'Amara Okafor',
        participants: [amara, liam],
        raters: [amara, liam],
      },
    });
    const alone = validateStart({
      takenOn: '2025-03-14',
      facilitator: 'Amara',
      participants: [amara, liam],
      independentRaters: false,
    });
    expect(alone.ok && alone.value.raters).toEqual([]);
  });

  it('names every problem', () => {
    expect(
      validateStart({
        takenOn: '2025-02-30',
        facilitator: ' ',
        participants: [amara],
        independentRaters: true,
      }),
    ).toEqual({
      ok: false,
      errors: {
        takenOn: 'Give the date of the assessment, for example 2025-03-14.',
        facilitator: 'Say who facilitates the assessment.',
        participants: 'Rating independently needs at least two participants.',
      },
    });
  });

  it.each(['1066-10-14', '9999-12-31', '1999-12-31', '2200-01-01'])(
    'refuses a real date outside the years a history holds: %s',
    (takenOn) => {
      const result = validateStart({
        takenOn,
        facilitator: 'Ana',
        participants: [],
        independentRaters: false,
      });
      expect(result).toEqual({
        ok: false,
        errors: { takenOn: 'Give a date from 2000-01-01 to 2199-12-31.' },
      });
    },
  );
});

describe('validateAnswer', () => {
  it('requires a reason for Not applicable and drops it for graded answers', () => {
    expect(validateAnswer({ value: 'na', naReason: '  ' })).toEqual({
      ok: false,
      errors: { naReason: 'Say why this does not apply to the team.' },
    });
    expect(validateAnswer({ value: 'na', naReason: ' No tier-1 services. ' })).toEqual({
      ok: true,
      value: { value: 'na', naReason: 'No tier-1 services.' },
    });
    expect(validateAnswer({ value: 'yes', naReason: 'left over' })).toEqual({
      ok: true,
      value: { value: 'yes', naReason: '' },
    });
    expect(validateAnswer({ value: null, naReason: '' })).toEqual({
      ok: true,
      value: { value: null, naReason: '' },
    });
  });

  it('refuses a value outside the scale and an over-long reason', () => {
    expect(validateAnswer({ value: 'maybe' as 'yes', naReason: '' }).ok).toBe(false);
    expect(validateAnswer({ value: 'na', naReason: 'x'.repeat(501) }).ok).toBe(false);
  });
});

describe('validateEvidence', () => {
  it('keeps web links and drops empty lines', () => {
    expect(
      validateEvidence({
        text: ' Runbook review ',
        links: ['https://wiki.example/rb', ' ', 'http://x.example'],
        drillIds: ['d1', 'd2', 'd1'],
      }),
    ).toEqual({
      ok: true,
      value: {
        text: 'Runbook review',
        links: ['https://wiki.example/rb', 'http://x.example'],
        drillIds: ['d1', 'd2'],
      },
    });
  });

  it('limits the number of drills referenced', () => {
    const drillIds = Array.from({ length: 21 }, (_, index) => `d${index}`);
    expect(validateEvidence({ text: '', links: [], drillIds })).toEqual({
      ok: false,
      errors: { drillIds: 'Keep to 20 drills or fewer.' },
    });
  });

  it.each(['wiki/page', 'javascript:alert(1)', 'file:///etc/passwd'])(
    'refuses %s as a link',
    (link) => {
      const result = validateEvidence({ text: '', links: [link], drillIds: [] });
      expect(result.ok).toBe(false);
      expect(!result.ok && result.errors.links).toContain(link);
    },
  );
});
