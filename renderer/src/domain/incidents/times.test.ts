import { describe, expect, it } from 'vitest';
import { timeZone } from './time-zone';
import { epochReader, formatReader, isoReader, isUsableLayout, readerFor } from './times';

describe('reading times', () => {
  const berlin = timeZone('Europe/Berlin');

  it('reads ISO 8601 instants with any offset as written', () => {
    const read = isoReader(undefined).read;
    expect(read('2026-03-29T01:50:00Z')).toEqual({
      ok: true,
      at: Date.parse('2026-03-29T01:50:00Z'),
      zoneless: false,
    });
    expect(read('2026-03-29T03:20:00+02:00')).toMatchObject({
      at: Date.parse('2026-03-29T01:20:00Z'),
    });
    expect(read('2026-03-29T03:20:00+0200')).toMatchObject({
      at: Date.parse('2026-03-29T01:20:00Z'),
    });
    expect(read('2026-03-29T03:20:00.123456Z')).toMatchObject({
      at: Date.parse('2026-03-29T03:20:00.123Z'),
    });
    expect(read('2026-01-05 07:00:00-05:00')).toMatchObject({
      at: Date.parse('2026-01-05T12:00:00Z'),
    });
    expect(read('2026-01-05 07:00:00 UTC')).toMatchObject({
      at: Date.parse('2026-01-05T07:00:00Z'),
    });
  });

  it('reads a zone-less ISO time in the chosen zone, and refuses it without one', () => {
    expect(isoReader(berlin).read('2026-03-29 03:20:00')).toEqual({
      ok: true,
      at: Date.parse('2026-03-29T01:20:00Z'),
      zoneless: true,
    });
    expect(isoReader(undefined).read('2026-03-29 03:20:00')).toEqual({
      ok: false,
      reason: 'has no time zone, and this file says none for its times',
    });
  });

  it('refuses dates without a time, impossible dates and non-times', () => {
    const read = isoReader(berlin).read;
    expect(read('2026-03-29')).toEqual({ ok: false, reason: 'is a date without a time of day' });
    expect(read('2026-02-30T10:00:00Z')).toEqual({
      ok: false,
      reason: 'is not a real date and time',
    });
    expect(read('2026-03-29T24:00:00Z')).toEqual({
      ok: false,
      reason: 'is not a real date and time',
    });
    expect(read('yesterday')).toEqual({ ok: false, reason: 'is not a date and time' });
  });

  it('reads Jira’s date format in the chosen zone, in either case', () => {
    const jira = formatReader('dd/MMM/yy h:mm a', berlin);
    expect(jira.read('25/Feb/26 3:51 PM')).toEqual({
      ok: true,
      at: Date.parse('2026-02-25T14:51:00Z'),
      zoneless: true,
    });
    expect(jira.read('25/feb/26 3:51 pm')).toMatchObject({
      at: Date.parse('2026-02-25T14:51:00Z'),
    });
    // Some Jira sites write the hour with two digits.
    expect(jira.read('11/May/24 03:26 PM')).toMatchObject({
      at: Date.parse('2024-05-11T13:26:00Z'),
    });
    expect(jira.read('2026-02-25 15:51')).toEqual({
      ok: false,
      reason: 'does not match the date format "dd/MMM/yy h:mm a"',
    });
    expect(jira.read('31/Feb/26 3:51 PM')).toEqual({
      ok: false,
      reason: 'is not a real date and time',
    });
  });

  it('notes a formatted local time read across a clock change', () => {
    const read = formatReader('dd.MM.yyyy HH:mm', berlin).read('25.10.2026 02:30');
    expect(read).toMatchObject({ ok: true, at: Date.parse('2026-10-25T00:30:00Z') });
    expect(read.ok && read.note).toContain('happened twice');
  });

  it('reads formats that carry an offset as instants', () => {
    expect(formatReader('dd.MM.yyyy HH:mm ZZ', berlin).read('01.07.2026 12:00 -04:00')).toEqual({
      ok: true,
      at: Date.parse('2026-07-01T16:00:00Z'),
      zoneless: false,
    });
  });

  it('reads epoch seconds and milliseconds', () => {
    expect(epochReader('seconds').read('1772444400')).toMatchObject({
      ok: true,
      at: 1_772_444_400_000,
    });
    expect(epochReader('milliseconds').read('1772444400123')).toMatchObject({
      at: 1_772_444_400_123,
    });
    expect(epochReader('seconds').read('soon')).toEqual({
      ok: false,
      reason: 'is not a number of seconds',
    });
  });

  it('chooses the reader by layout name, and knows a usable layout', () => {
    expect(readerFor('iso', berlin).layout).toBe('ISO 8601');
    expect(readerFor('yyyy-MM-dd HH:mm:ss', berlin).layout).toBe('ISO 8601');
    expect(readerFor('epoch-seconds', berlin).layout).toBe('seconds since 1970');
    expect(readerFor('MM/dd/yyyy hh:mm:ss a', berlin).layout).toBe(
      'the date format "MM/dd/yyyy hh:mm:ss a"',
    );
    expect(isUsableLayout('dd.MM.yyyy HH:mm')).toBe(true);
    expect(isUsableLayout('HH:mm')).toBe(false);
    expect(isUsableLayout("'day' d")).toBe(false);
    expect(isUsableLayout('toString')).toBe(false);
  });
});
