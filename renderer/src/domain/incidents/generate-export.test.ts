import { describe, expect, it } from 'vitest';
import { GENERATED_SHAPES, GENERATED_ZONE, generateExport } from './generate-export';
import { MAX_INCIDENT_FILE_BYTES } from './open-file';
import { detectSource, importIncidents } from './presets';

describe('generated exports', () => {
  it.each(GENERATED_SHAPES)('makes a %s export every preset step reads back whole', (shape) => {
    const text = generateExport(shape, 200);
    expect(detectSource(text).preset).toBe(shape);
    const outcome = importIncidents(text, text.length, shape, { timeZone: GENERATED_ZONE });
    if (!outcome.ok) throw new Error(outcome.problem.message);
    expect(outcome.refused).toEqual([]);
    // Every 25th is open (8 of 200); Jira also lists its tasks apart: 5, one of them also open.
    expect(outcome.apart.length).toBe(shape === 'jira' ? 12 : 8);
    expect(outcome.incidents.length + outcome.apart.length).toBe(200);
  });

  it('gives the same text for the same count', () => {
    expect(generateExport('jira', 50)).toBe(generateExport('jira', 50));
  });

  it('keeps 20,000 incidents of the largest shape within the file-size limit', () => {
    const text = generateExport('pagerduty-rest', 20_000);
    expect(text.length).toBeLessThan(MAX_INCIDENT_FILE_BYTES);
  });
});
