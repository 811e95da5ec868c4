import type { PlatformApi } from '@shared/platform-api';

declare global {
  interface Window {
    /** Present only in the Electron shell, exposed by the preload. */
    readonly api?: PlatformApi;
  }
}
