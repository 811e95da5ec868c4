// Pins the packaging config: the targets we ship and every hardening fuse, and that each key is
// one electron-builder 26 knows (a misspelt key would otherwise be a silent no-op, which for a
// fuse means an unhardened binary).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';

interface JsonSchema {
  $ref?: string;
  anyOf?: JsonSchema[];
  properties?: Record<string, JsonSchema>;
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema | JsonSchema[];
  definitions?: Record<string, JsonSchema>;
}

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const config = load(readFileSync(path.join(root, 'electron-builder.yml'), 'utf8')) as Record<
  string,
  unknown
>;
// The schema ships in app-builder-lib, the library electron-builder is built on.
const schemaPath = createRequire(import.meta.url).resolve('app-builder-lib/scheme.json');
const schema = JSON.parse(readFileSync(schemaPath, 'utf8')) as JsonSchema;

/** The concrete alternatives a schema node allows, with $refs and anyOf unfolded. */
function alternatives(node: JsonSchema): JsonSchema[] {
  if (node.$ref !== undefined) {
    const name = node.$ref.replace('#/definitions/', '');
    const target = schema.definitions?.[name];
    if (target === undefined) throw new Error(`unresolved ${node.$ref}`);
    return alternatives(target);
  }
  if (node.anyOf !== undefined) return node.anyOf.flatMap(alternatives);
  return [node];
}

/** Paths of keys in `value` that no alternative of `node` declares. */
function unknownKeys(value: unknown, node: JsonSchema, at: string): string[] {
  const options = alternatives(node);
  if (Array.isArray(value)) {
    const itemSchemas = options.flatMap((option) =>
      option.items === undefined ? [] : Array.isArray(option.items) ? option.items : [option.items],
    );
    if (itemSchemas.length === 0) return [];
    return value.flatMap((item, index) =>
      unknownKeys(item, { anyOf: itemSchemas }, `${at}[${index}]`),
    );
  }
  if (value === null || typeof value !== 'object') return [];
  const objectOptions = options.filter((option) => option.properties !== undefined);
  if (objectOptions.length === 0) return [`${at} (an object where the schema has none)`];
  return Object.entries(value).flatMap(([key, child]) => {
    const declared = objectOptions.flatMap((option) => option.properties?.[key] ?? []);
    if (declared.length > 0) return unknownKeys(child, { anyOf: declared }, `${at}.${key}`);
    const open = objectOptions.some((option) => option.additionalProperties !== false);
    return open ? [] : [`${at}.${key}`];
  });
}

describe('electron-builder.yml', () => {
  it('uses only keys that electron-builder 26 declares', () => {
    expect(unknownKeys(config, schema, 'config')).toEqual([]);
  });

  it('the schema check catches a misspelt key', () => {
    const misspelt = { electronFuses: { runAsNod: false } };
    expect(unknownKeys(misspelt, schema, 'config')).toEqual(['config.electronFuses.runAsNod']);
  });

  it('identifies the app and packages only the built files, in an asar', () => {
    expect(config).toMatchObject({
      appId: 'studio.mttr.app',
      productName: 'MTTR Studio',
      asar: true,
      directories: { output: 'release', buildResources: 'assets' },
    });
    expect(config.files).toEqual(expect.arrayContaining(['dist/**', 'package.json']));
    expect((config.files as string[]).filter((pattern) => !pattern.startsWith('!')).sort()).toEqual(
      ['dist/**', 'package.json'],
    );
  });

  it('builds AppImage and deb for Linux, dmg for macOS and nsis for Windows', () => {
    expect(config).toMatchObject({
      linux: { target: ['AppImage', 'deb'], category: 'Development' },
      mac: {
        target: ['dmg'],
        category: 'public.app-category.developer-tools',
        hardenedRuntime: true,
      },
      win: { target: ['nsis'] },
    });
    expect((config.linux as { maintainer?: string }).maintainer).toMatch(/<.+@.+>/);
  });

  it('flips every hardening fuse', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
      loadBrowserProcessSpecificV8Snapshot: false,
    });
  });

  it('points every platform at the committed icon', () => {
    for (const platform of ['linux', 'mac', 'win']) {
      expect((config[platform] as { icon?: string }).icon).toBe('assets/icon.png');
    }
    const png = readFileSync(path.join(root, 'assets/icon.png'));
    // PNG signature, then width and height in the IHDR chunk.
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1024, 1024]);
  });
});
