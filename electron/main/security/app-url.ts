import { APP_HOST, APP_SCHEME } from '../../shared/app-origin';

/**
 * True only for URLs on the app's own origin (`app://mttr-studio`).
 *
 * We compare scheme and host ourselves instead of using `URL.origin`: for a non-special scheme
 * like `app:` the WHATWG parser reports the origin as the opaque string "null", so an origin
 * comparison would either match everything opaque or nothing at all.
 */
export function isAppUrl(raw: string): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  return (
    url.protocol === `${APP_SCHEME}:` &&
    url.hostname === APP_HOST &&
    url.port === '' &&
    url.username === '' &&
    url.password === ''
  );
}
