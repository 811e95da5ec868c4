import { describe, expect, it } from 'vitest';
import { defaultPaper, parsePaper } from './paper';

describe('defaultPaper', () => {
  it('is US Letter where offices print on it', () => {
    expect(defaultPaper('en-US')).toBe('letter');
    expect(defaultPaper('fr-CA')).toBe('letter');
    expect(defaultPaper('es-MX')).toBe('letter');
  });

  it('is A4 elsewhere', () => {
    expect(defaultPaper('en-GB')).toBe('a4');
    expect(defaultPaper('de-DE')).toBe('a4');
    expect(defaultPaper('ja-JP')).toBe('a4');
  });

  it('infers the likely region of a language-only locale', () => {
    // "en" alone maximises to en-Latn-US, "de" to de-Latn-DE.
    expect(defaultPaper('en')).toBe('letter');
    expect(defaultPaper('de')).toBe('a4');
  });

  it('falls back to A4 for a missing or malformed locale', () => {
    expect(defaultPaper(undefined)).toBe('a4');
    expect(defaultPaper('not a locale!')).toBe('a4');
    expect(defaultPaper('')).toBe('a4');
  });
});

describe('parsePaper', () => {
  it('takes a known paper from the URL whatever the locale', () => {
    expect(parsePaper('letter', 'en-GB')).toBe('letter');
    expect(parsePaper('a4', 'en-US')).toBe('a4');
  });

  it('uses the locale default for a missing or unknown value', () => {
    expect(parsePaper(null, 'en-US')).toBe('letter');
    expect(parsePaper('A4', 'en-US')).toBe('letter');
    expect(parsePaper('legal', 'en-GB')).toBe('a4');
  });
});
