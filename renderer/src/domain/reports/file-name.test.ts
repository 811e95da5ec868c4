import { describe, expect, it } from 'vitest';
import { reportFileName, slug } from './file-name';

describe('slug', () => {
  it('keeps lower-case letters and digits, joined by single hyphens', () => {
    expect(slug('Payments & Billing (EU)')).toBe('payments-billing-eu');
    expect(slug('  SRE   team 2 ')).toBe('sre-team-2');
  });

  it('folds accents and drops what has no ASCII form', () => {
    expect(slug('Équipe Zoë')).toBe('equipe-zoe');
    expect(slug('支付团队')).toBe('');
  });

  it('drops every character a file system could refuse', () => {
    expect(slug('a/b\\c:d*e?f"g<h>i|j')).toBe('a-b-c-d-e-f-g-h-i-j');
    expect(slug('../../etc/passwd')).toBe('etc-passwd');
  });

  it('caps the length without leaving a trailing hyphen', () => {
    const long = slug('word '.repeat(20));
    expect(long.length).toBeLessThanOrEqual(48);
    expect(long.endsWith('-')).toBe(false);
  });
});

describe('reportFileName', () => {
  it('names the kind, the parts and the date', () => {
    expect(reportFileName('assessment', ['Payments'], '2026-11-21')).toBe(
      'mttr-assessment-payments-2026-11-21.pdf',
    );
    expect(reportFileName('drill', ['Payments', 'DB failover, take 2'], '2026-03-04')).toBe(
      'mttr-drill-payments-db-failover-take-2-2026-03-04.pdf',
    );
  });

  it('leaves out parts that slug to nothing', () => {
    expect(reportFileName('trend', ['支付', '12m'], '2026-11-21')).toBe(
      'mttr-trend-12m-2026-11-21.pdf',
    );
  });
});
