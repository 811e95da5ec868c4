import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root, wherever the checkout lives. */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const RENDERER_OUT = path.join(ROOT, 'dist', 'renderer');
