import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { metaPolicy, type ViteCommand } from './scripts/lib/csp-meta';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  version: string;
};

// The CSP lives in one place (electron/shared/csp.ts). Both shells also send it as a header; the
// meta copy protects the page wherever it is opened. The dev server alone gets a relaxed copy for
// hot reload (scripts/lib/csp-meta.ts); a build never does.
function cspMetaTag(): Plugin {
  let command: ViteCommand = 'build';
  return {
    name: 'mttr-csp-meta',
    configResolved: (config) => {
      command = config.command;
    },
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: metaPolicy(command) },
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
  // `@shared/…` is the IPC contract in electron/shared (the same alias is in tsconfig.base.json).
  resolve: { alias: { '@shared': fileURLToPath(new URL('./electron/shared', import.meta.url)) } },
  define: {
    __APP_VERSION__: JSON.stringify(pkg.version),
  },
  // `npm run dev`: the renderer with hot reload, served to this computer only.
  server: { host: '127.0.0.1', port: 5173 },
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
