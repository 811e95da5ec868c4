import { readFileSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { CONTENT_SECURITY_POLICY } from './electron/shared/csp';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  version: string;
};

// The CSP lives in one place (electron/shared/csp.ts). Both shells also send it as a header; the
// meta copy protects the page wherever it is opened. `frame-ancestors` is header-only, so it is
// left out of the meta tag (browsers ignore it there and warn).
function cspMetaTag(): Plugin {
  const policy = CONTENT_SECURITY_POLICY.split('; ')
    .filter((directive) => !directive.startsWith('frame-ancestors'))
    .join('; ');
  return {
    name: 'mttr-csp-meta',
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: policy },
          injectTo: 'head-prepend',
        },
      ],
    },
  };
}

// One build serves both shells: the Electron app loads it from the app:// protocol and the web
// shell from 127.0.0.1. Relative asset paths keep it independent of where it is served from.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react(), cspMetaTag()],
  define: {
    __APP_VERSION__: JSON.stringify(pkg.version),
  },
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'es2023',
    sourcemap: true,
    // An inlined asset would need `data:` URLs for scripts or fonts; keep every asset a real file.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
  },
});
