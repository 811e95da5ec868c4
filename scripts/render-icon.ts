// Renders assets/icon.svg to assets/icon.png (1024x1024, transparent corners) with headless
// Chromium, so the committed PNG always matches the SVG without needing an image library.
// Usage: npx tsx scripts/render-icon.ts   (set CHROMIUM to choose the browser binary)
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const SIZE = 1024;
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const svgPath = path.join(root, 'assets/icon.svg');
const pngPath = path.join(root, 'assets/icon.png');

function findChromium(): string {
  const candidates = [process.env.CHROMIUM, 'chromium', 'chromium-browser', 'google-chrome'];
  for (const candidate of candidates) {
    if (candidate === undefined || candidate === '') continue;
    if (spawnSync(candidate, ['--version'], { stdio: 'ignore' }).status === 0) return candidate;
  }
  throw new Error('No Chromium found: install chromium or set CHROMIUM=/path/to/chrome.');
}

/** Width and height from the PNG header, to prove the screenshot has the size we asked for. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

const workDir = mkdtempSync(path.join(tmpdir(), 'mttr-icon-'));
try {
  const page = path.join(workDir, 'icon.html');
  writeFileSync(
    page,
    `<!doctype html><html><head><style>html,body{margin:0;background:transparent}` +
      `svg{display:block;width:${SIZE}px;height:${SIZE}px}</style></head>` +
      `<body>${readFileSync(svgPath, 'utf8')}</body></html>`,
  );
  const run = spawnSync(
    findChromium(),
    [
      '--headless',
      // Rendering a local file we wrote ourselves; root in containers cannot use the sandbox.
      '--no-sandbox',
      '--disable-gpu',
      '--hide-scrollbars',
      '--default-background-color=00000000',
      `--window-size=${SIZE},${SIZE}`,
      `--screenshot=${pngPath}`,
      pathToFileURL(page).href,
    ],
    { stdio: ['ignore', 'ignore', 'pipe'], timeout: 60_000 },
  );
  if (run.status !== 0) throw new Error(`Chromium failed: ${run.stderr.toString()}`);
  const { width, height } = pngSize(pngPath);
  if (width !== SIZE || height !== SIZE) {
    throw new Error(`Expected a ${SIZE}x${SIZE} icon, got ${width}x${height}.`);
  }
  console.log(`Wrote ${path.relative(root, pngPath)} (${width}x${height}).`);
} finally {
  rmSync(workDir, { recursive: true, force: true });
}
