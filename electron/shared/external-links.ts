// External links open in the OS browser, and only these. Anything else a page tries to open is
// refused: a compromised renderer must not be able to launch arbitrary URLs or schemes.
export const EXTERNAL_LINK_HOSTS: readonly string[] = [
  'dora.dev',
  'sre.google',
  'www.electronjs.org',
  'github.com',
];

export function isAllowedExternalUrl(raw: string): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  return (
    url.protocol === 'https:' &&
    url.username === '' &&
    url.password === '' &&
    url.port === '' &&
    EXTERNAL_LINK_HOSTS.includes(url.hostname)
  );
}
