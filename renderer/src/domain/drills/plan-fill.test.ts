import { describe, expect, it } from 'vitest';
import { fillFromScenario, replaceWords, type ScenarioFields } from './plan-fill';

const targets = (minutes: number) => ({
  detect: String(minutes),
  acknowledge: String(minutes),
  diagnose: String(minutes),
  mitigate: String(minutes),
  verify: String(minutes),
  close: String(minutes),
});
const DEFAULTS: ScenarioFields = { title: '', hypothesis: '', targets: targets(10) };
const DB_DOWN: ScenarioFields = {
  title: 'Database down',
  hypothesis: 'We fail over within 10 minutes.',
  targets: targets(5),
};
const DNS: ScenarioFields = {
  title: 'DNS outage',
  hypothesis: 'We notice within 2 minutes.',
  targets: targets(3),
};

describe('choosing a scenario for a plan', () => {
  it('fills a fresh form entirely', () => {
    expect(fillFromScenario(DEFAULTS, DEFAULTS, DB_DOWN)).toEqual({
      fill: DB_DOWN,
      wouldReplace: [],
    });
  });

  it('replaces what an earlier scenario put there, untouched', () => {
    expect(fillFromScenario(DB_DOWN, DB_DOWN, DNS)).toEqual({ fill: DNS, wouldReplace: [] });
  });

  it('never overwrites a hypothesis the facilitator typed: it asks', () => {
    const typed = { ...DEFAULTS, hypothesis: 'We detect within a minute.' };
    const result = fillFromScenario(typed, DEFAULTS, DB_DOWN);
    expect(result.fill.hypothesis).toBeUndefined();
    expect(result.fill.targets).toEqual(DB_DOWN.targets);
    expect(result.wouldReplace).toEqual(['hypothesis']);
  });

  it('never overwrites targets the facilitator changed, even after an earlier scenario', () => {
    const changed = { ...DB_DOWN, targets: { ...DB_DOWN.targets, verify: '20' } };
    const result = fillFromScenario(changed, DB_DOWN, DNS);
    expect(result.fill.targets).toBeUndefined();
    expect(result.fill.hypothesis).toBe(DNS.hypothesis);
    expect(result.wouldReplace).toEqual(['targets']);
  });

  it('keeps a title the facilitator typed, and has nothing to ask when values already agree', () => {
    const own = { ...DB_DOWN, title: 'Friday failover' };
    const result = fillFromScenario(own, {}, DB_DOWN);
    expect(result).toEqual({ fill: {}, wouldReplace: [] });
  });

  it('treats every value of a saved plan as the facilitator’s own', () => {
    expect(fillFromScenario(DB_DOWN, {}, DNS).wouldReplace).toEqual(['hypothesis', 'targets']);
  });

  it('fills blank fields of a saved plan', () => {
    const blank = { title: ' ', hypothesis: '  ', targets: targets(0) };
    expect(fillFromScenario({ ...blank, targets: { ...blank.targets } }, {}, DNS)).toEqual({
      fill: { title: DNS.title, hypothesis: DNS.hypothesis },
      wouldReplace: ['targets'],
    });
  });

  it('says what would be replaced', () => {
    expect(replaceWords(['hypothesis', 'targets'])).toBe(
      'the hypothesis you wrote and the phase targets you set',
    );
    expect(replaceWords(['targets'])).toBe('the phase targets you set');
  });
});
