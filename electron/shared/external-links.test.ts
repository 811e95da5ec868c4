import { describe, expect, it } from 'vitest';
import { EXTERNAL_LINK_HOSTS, isAllowedExternalUrl } from './external-links';

describe('isAllowedExternalUrl', () => {
  it.each(EXTERNAL_LINK_HOSTS.map((host) => `https://${host}/some/page?q=1#part`))(
    'allows %s',
    (url) => {
      expect(isAllowedExternalUrl(url)).toBe(true);
    },
  );

  it.each([
    ['plain http', 'http://dora.dev/'],
    ['an unlisted host', 'https://example.com/'],
    ['a subdomain of a listed host', 'https://evil.dora.dev/'],
    ['a listed host as a prefix', 'https://dora.dev.evil.example/'],
    ['credentials', 'https://user:secret@github.com/'],
    ['an explicit port', 'https://github.com:8443/'],
    ['a file URL', 'file:///etc/passwd'],
    ['javascript:', 'javascript:alert(document.domain)'],
    ['a custom OS scheme', 'ms-settings:privacy'],
    ['the app itself', 'app://mttr-studio/index.html'],
    ['a relative path', '/index.html'],
    ['an empty string', ''],
  ])('refuses %s', (_name, url) => {
    expect(isAllowedExternalUrl(url)).toBe(false);
  });
});
