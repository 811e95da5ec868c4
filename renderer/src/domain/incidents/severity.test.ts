import { describe, expect, it } from 'vitest';
import { mapSeverity, normaliseSeverityTable, P_PRIORITIES } from './severity';

describe('severity values', () => {
  const none = new Map();

  it('knows the app’s own names in their usual spellings', () => {
    for (const raw of ['SEV1', 'sev-1', 'Sev 1', 'S1', 'severity 1', ' SEV_1 ']) {
      expect(mapSeverity(raw, none, {})).toBe('SEV1');
    }
    expect(mapSeverity('SEV5', none, {})).toBeUndefined();
    expect(mapSeverity('SEV0', none, {})).toBeUndefined();
  });

  it('uses the preset’s table, and the user’s mapping before it', () => {
    expect(mapSeverity('P5', none, P_PRIORITIES)).toBe('SEV4');
    const user = normaliseSeverityTable({ '  p5 ': 'SEV3', Urgent: 'SEV1' });
    expect(mapSeverity('P5', user, P_PRIORITIES)).toBe('SEV3');
    expect(mapSeverity('URGENT', user, {})).toBe('SEV1');
  });

  it('finds no severity in the names objects inherit', () => {
    for (const raw of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
      expect(mapSeverity(raw, none, P_PRIORITIES)).toBeUndefined();
    }
  });

  it('ignores a mapping to anything but SEV1–SEV4', () => {
    const user = normaliseSeverityTable({ Urgent: 'SEV0' } as unknown as Record<string, 'SEV1'>);
    expect(mapSeverity('Urgent', user, {})).toBeUndefined();
  });
});
