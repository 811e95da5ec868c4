// Renderer JavaScript shipped at start: every script and module preload that index.html loads,
// gzipped as a server or installer would compress it. Deterministic, so one run is enough.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { MetricSuite } from '../lib/types';

const DIST = 'dist/renderer';

export function startupScripts(indexHtml: string): string[] {
  const sources = [...indexHtml.matchAll(/<script[^>]+src="([^"]+\.js)"/g)].map((m) => m[1]);
  const preloads = [...indexHtml.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g)].map(
    (m) => m[1],
  );
  return [...sources, ...preloads].filter((path): path is string => path !== undefined);
}

export const bundleSize: MetricSuite = () => {
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  const bytes = startupScripts(html)
    .map((path) => gzipSync(readFileSync(join(DIST, path)), { level: 9 }).length)
    .reduce((sum, size) => sum + size, 0);
  return Promise.resolve([
    { name: 'renderer-js-at-start-gzip', unit: 'KB', samples: [Math.round(bytes / 102.4) / 10] },
  ]);
};
