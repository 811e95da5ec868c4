import { describe, expect, it } from 'vitest';
import { reportRequestSchema } from './ipc-contract';
import { reportRoute } from './report-request';

describe('the portfolio report request', () => {
  it('prints every team, or one group named by id', () => {
    expect(reportRoute({ target: { kind: 'portfolio' }, paper: 'a4' })).toBe(
      '/reports/portfolio?paper=a4',
    );
    expect(reportRoute({ target: { kind: 'portfolio', groupId: 'g-1' }, paper: 'letter' })).toBe(
      '/reports/portfolio?paper=letter&group=g-1',
    );
  });

  it('crosses IPC only with a group id the app could have made', () => {
    const ok = { target: { kind: 'portfolio', groupId: 'g-1' }, paper: 'a4' };
    expect(reportRequestSchema.safeParse(ok).success).toBe(true);
    expect(reportRequestSchema.safeParse({ ...ok, target: { kind: 'portfolio' } }).success).toBe(
      true,
    );
    for (const groupId of ['../x', 'a b', '']) {
      expect(
        reportRequestSchema.safeParse({ ...ok, target: { kind: 'portfolio', groupId } }).success,
      ).toBe(false);
    }
    expect(
      reportRequestSchema.safeParse({ ...ok, target: { kind: 'portfolio', extra: 1 } }).success,
    ).toBe(false);
  });
});
