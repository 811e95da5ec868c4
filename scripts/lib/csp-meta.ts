// The CSP written into index.html as a meta tag. A build always gets the app's strict policy
// (electron/shared/csp.ts). Only Vite's dev server (`npm run dev`) relaxes it, because hot reload
// injects an inline preamble script and inline styles and talks to Vite over a WebSocket; that
// relaxed policy is never written into a build.
import { CONTENT_SECURITY_POLICY } from '../../electron/shared/csp';

export type ViteCommand = 'build' | 'serve';

/** Directives replaced while developing, and only then. */
const DEV_DIRECTIVES: Readonly<Record<string, string>> = {
  'script-src': "script-src 'self' 'unsafe-inline'",
  'style-src': "style-src 'self' 'unsafe-inline'",
  'connect-src': "connect-src 'self' ws://127.0.0.1:* ws://localhost:*",
};

export function metaPolicy(command: ViteCommand): string {
  return (
    CONTENT_SECURITY_POLICY.split('; ')
      // `frame-ancestors` is header-only: browsers ignore it in a meta tag and warn.
      .filter((directive) => !directive.startsWith('frame-ancestors'))
      .map((directive) => {
        if (command === 'build') return directive;
        const name = directive.split(' ')[0] ?? '';
        return DEV_DIRECTIVES[name] ?? directive;
      })
      .join('; ')
  );
}
