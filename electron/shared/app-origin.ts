// The desktop shell serves the renderer from its own privileged scheme rather than file://, so the
// app has a real, stable origin: IndexedDB is keyed by it, CSP 'self' means it, and IPC senders are
// checked against it.
export const APP_SCHEME = 'app';
export const APP_HOST = 'mttr-studio';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;
