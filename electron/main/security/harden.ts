// Electron security checklist, applied in one place: every web contents the app ever creates goes
// through hardenWebContents (from `web-contents-created`), and the default session through
// hardenSession before the first window exists. The decisions themselves are pure (navigation.ts).
import type { Session, WebContents } from 'electron';
import { decideNavigation, decideWindowOpen } from './navigation';
import { isAppUrl } from './app-url';

export interface HardenDeps {
  /** shell.openExternal in production; the URL has already passed the allow-list. */
  readonly openExternal: (url: string) => Promise<void>;
  readonly log: (message: string) => void;
}

export function hardenWebContents(contents: WebContents, deps: HardenDeps): void {
  // webviewTag is off and will-attach-webview is refused, so a webview here means something got
  // past both: close it rather than trust it.
  if (contents.getType() === 'webview') {
    deps.log('Refused a <webview> web contents.');
    contents.close();
    return;
  }

  const openOutside = (url: string): void => {
    deps.openExternal(url).catch((error: unknown) => {
      deps.log(`Could not open ${url} in the system browser: ${String(error)}`);
    });
  };

  // Main-frame navigations: an allow-listed link goes to the OS browser, anything else stays put.
  contents.on('will-navigate', (event) => {
    const decision = decideNavigation(event.url);
    if (decision === 'allow') return;
    event.preventDefault();
    if (decision === 'deny') deps.log(`Blocked navigation to ${event.url}`);
    else openOutside(decision.openExternal);
  });

  // will-frame-navigate fires for the main frame too, just before will-navigate; the main frame is
  // left to will-navigate above so an allow-listed link is opened exactly once. Subframes (which
  // the CSP already forbids) may never leave the app, not even for an allow-listed page.
  contents.on('will-frame-navigate', (event) => {
    if (event.isMainFrame || isAppUrl(event.url)) return;
    event.preventDefault();
    deps.log(`Blocked frame navigation to ${event.url}`);
  });

  // Our protocol never redirects, so a redirect off the app origin is never legitimate.
  contents.on('will-redirect', (event) => {
    if (isAppUrl(event.url)) return;
    event.preventDefault();
    deps.log(`Blocked redirect to ${event.url}`);
  });

  contents.setWindowOpenHandler(({ url }) => {
    const decision = decideWindowOpen(url);
    if (decision === 'deny') deps.log(`Blocked window.open(${url})`);
    else openOutside(decision.openExternal);
    return { action: 'deny' };
  });

  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
    deps.log('Blocked a <webview> from attaching.');
  });
}

/** Schemes the renderer could use to reach a network. The app has no reason to use any. */
const NETWORK_URL_PATTERNS = ['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*'];

export function hardenSession(session: Session, deps: Pick<HardenDeps, 'log'>): void {
  // The app needs no camera, notifications, clipboard-read, devices or anything else a web page can
  // ask for, so every request and every silent check is answered "no".
  session.setPermissionRequestHandler((_contents, permission, callback) => {
    deps.log(`Denied permission request: ${permission}`);
    callback(false);
  });
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);

  // Chromium downloads spellchecker dictionaries from Google when the session's spellchecker is
  // on; the product promises that nothing is sent over the network, so it is off at the source.
  session.setSpellCheckerEnabled(false);

  // Defence in depth behind the CSP: even a policy bypass cannot reach the network from a page.
  session.webRequest.onBeforeRequest({ urls: NETWORK_URL_PATTERNS }, (details, callback) => {
    deps.log(`Blocked network request to ${details.url}`);
    callback({ cancel: true });
  });
}
