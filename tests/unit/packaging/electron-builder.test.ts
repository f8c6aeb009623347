// electron-builder.yml checked offline: against the JSON schema app-builder-lib ships (the same
// one electron-builder validates with before it downloads anything), and for the choices the
// product depends on: targets, icons, asar, fuses and the .chancery file association.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import { load } from 'js-yaml';
import { beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../../..');
const require = createRequire(import.meta.url);

interface BuilderConfig {
  appId: string;
  productName: string;
  asar: boolean;
  directories: { buildResources: string };
  electronFuses: Record<string, boolean>;
  fileAssociations: { ext: string; name: string; mimeType?: string }[];
  linux: { target: string[]; icon: string };
  mac: { target: string; icon: string; entitlements: string };
  win: { target: string; icon: string };
}

const config = load(readFileSync(path.join(root, 'electron-builder.yml'), 'utf8')) as BuilderConfig;
let validate: ValidateFunction;

beforeAll(() => {
  const schema = JSON.parse(readFileSync(require.resolve('app-builder-lib/scheme.json'), 'utf8')) as object;
  // The schema is generated from TypeScript types: unions of types and loose keywords are normal there.
  validate = new Ajv({ strict: false, allowUnionTypes: true, allErrors: true }).compile(schema);
});

const targets = (value: string | string[]): string[] => (Array.isArray(value) ? value : [value]);

describe('electron-builder.yml', () => {
  it('matches app-builder-lib’s configuration schema', () => {
    const valid = validate(config);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('is rejected by the same validator once it holds an unknown key or a wrong type', () => {
    expect(validate({ ...config, asarr: true })).toBe(false);
    expect(validate.errors?.some((e) => e.params && 'additionalProperty' in e.params && e.params.additionalProperty === 'asarr')).toBe(true);
    expect(validate({ ...config, electronFuses: { ...config.electronFuses, runAsNode: 'no' } })).toBe(false);
  });

  it('names the app and packs it into an asar archive', () => {
    expect(config.appId).toBe('org.chancery.desktop');
    expect(config.productName).toBe('Chancery');
    expect(config.asar).toBe(true);
  });

  it('builds AppImage and deb on Linux, dmg on macOS, nsis on Windows', () => {
    expect(targets(config.linux.target).sort()).toEqual(['AppImage', 'deb']);
    expect(targets(config.mac.target)).toEqual(['dmg']);
    expect(targets(config.win.target)).toEqual(['nsis']);
  });

  it('points at icons and entitlements that exist in build/', () => {
    expect(config.directories.buildResources).toBe('build');
    for (const file of [config.mac.icon, config.win.icon, config.mac.entitlements]) expect(existsSync(path.join(root, file)), file).toBe(true);
    for (const size of [16, 32, 48, 64, 128, 256, 512]) {
      const icon = path.join(root, config.linux.icon, `${size}x${size}.png`);
      expect(existsSync(icon), icon).toBe(true);
      // PNG signature: a renamed SVG or an empty file would pass existsSync.
      expect([...readFileSync(icon).subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    }
  });

  it('sets the Electron fuses that close the Node and file:// doors', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('associates .chancery files with the app', () => {
    expect(config.fileAssociations).toContainEqual(expect.objectContaining({ ext: 'chancery', mimeType: 'application/x-chancery' }));
  });
});
