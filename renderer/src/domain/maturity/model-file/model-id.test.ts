import { describe, expect, it } from 'vitest';
import { isModelName, joinModelId, splitModelId } from './model-id';

describe('model ids', () => {
  it('join a name and a version, and split them again', () => {
    expect(joinModelId({ name: 'acme-recovery', version: 2 })).toBe('acme-recovery@2');
    expect(splitModelId('acme-recovery@2')).toEqual({ name: 'acme-recovery', version: 2 });
    expect(splitModelId('mttr-maturity@1')).toEqual({ name: 'mttr-maturity', version: 1 });
  });

  it.each([
    'acme-recovery',
    'acme-recovery@0',
    'acme-recovery@01',
    'acme-recovery@1.5',
    'acme-recovery@10000',
    'Acme@1',
    'acme--recovery@1',
    '-acme@1',
    '1acme@1',
    'acme recovery@1',
    '@1',
    `${'a'.repeat(61)}@1`,
  ])('refuse %s', (id) => {
    expect(splitModelId(id)).toBeUndefined();
  });

  it('take names of lowercase words joined by single hyphens', () => {
    expect(['acme', 'acme-recovery-2', 'a1'].map(isModelName)).toEqual([true, true, true]);
    expect(['', 'acme-', 'acme_recovery', 'ACME'].map(isModelName)).toEqual([
      false,
      false,
      false,
      false,
    ]);
  });
});
