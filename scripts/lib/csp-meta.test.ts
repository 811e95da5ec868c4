import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../electron/shared/csp';
import { metaPolicy } from './csp-meta';

describe('the CSP meta tag', () => {
  it('is the strict app policy in a build, without the header-only directive', () => {
    const policy = metaPolicy('build');
    expect(policy).not.toMatch(/unsafe|ws:/u);
    expect(policy).not.toContain('frame-ancestors');
    expect(policy.split('; ')).toEqual(
      CONTENT_SECURITY_POLICY.split('; ').filter((d) => !d.startsWith('frame-ancestors')),
    );
  });

  it('is relaxed only for scripts, styles and the hot-reload socket on the dev server', () => {
    const build = metaPolicy('build').split('; ');
    const serve = metaPolicy('serve').split('; ');
    const changed = serve.filter((directive) => !build.includes(directive));
    expect(changed).toEqual([
      "script-src 'self' 'unsafe-inline'",
      "style-src 'self' 'unsafe-inline'",
      "connect-src 'self' ws://127.0.0.1:* ws://localhost:*",
    ]);
    expect(serve).toContain("default-src 'none'");
    expect(serve).toContain("object-src 'none'");
  });
});
