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
      openAppWindow: (route, name) => {
        const url = `${window.location.pathname}${window.location.search}#${route}`;
        return window.open(url, name, 'popup,width=1280,height=720') !== null;
      },
      requestWakeLock: async () => {
        const lock = await navigator.wakeLock.request('screen');
        return () => {
          void lock.release();
        };
      },
    });
  return instance;
}
