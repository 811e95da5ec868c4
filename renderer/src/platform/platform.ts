// Picks the platform adapter once: the Electron preload's `window.api` when it exists, the
// browser adapter otherwise. The rest of the renderer only sees PlatformApi.
import type { PlatformApi } from '@shared/platform-api';
import { createWebPlatform, downloadBlob, showRoute } from './web-adapter';

let instance: PlatformApi | undefined;

export function platform(): PlatformApi {
  instance ??=
    window.api ??
    createWebPlatform({
      openWindow: (url) => {
        window.open(url, '_blank', 'noopener,noreferrer');
      },
      download: downloadBlob,
      openRoute: (route) => {
        showRoute(window.location, route);
      },
    });
  return instance;
}
