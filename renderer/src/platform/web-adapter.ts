// The web shell's implementation of the platform port: what the desktop shell does natively is
// done here with what a browser offers (a new tab instead of the OS browser; no native menu).
import { err, ok } from '../../../electron/shared/result';
import { isAllowedExternalUrl } from '../../../electron/shared/external-links';
import type { PlatformApi } from '../../../electron/shared/platform-api';

export interface WebAdapterDeps {
  readonly openWindow: (url: string) => void;
}

export function createWebPlatform(deps: WebAdapterDeps): PlatformApi {
  return {
    getAppInfo: () =>
      Promise.resolve(
        ok({ name: 'MTTR Studio', version: __APP_VERSION__, shell: 'web', platform: 'browser' }),
      ),
    openExternal: (url) => {
      if (!isAllowedExternalUrl(url)) {
        return Promise.resolve(err('not-allowed', `This link is not on the allow-list: ${url}`));
      }
      deps.openWindow(url);
      return Promise.resolve(ok(null));
    },
    // The browser has no native menu; keyboard shortcuts reach the page directly.
    onMenuCommand: () => () => undefined,
  };
}
