// electron-builder.yml against electron-builder's own JSON schema (packaging itself needs the
// internet, so this is what can be checked here), plus what the product needs from it.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';

// js-yaml comes with electron-builder (no types of its own installed).
const yaml = require('js-yaml') as { load(text: string): unknown };

const root = path.resolve(__dirname, '../..');
// Loosely typed on purpose: the schema below is what checks the shape.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const config = yaml.load(readFileSync(path.join(root, 'electron-builder.yml'), 'utf8')) as Record<string, any>;

const schema = JSON.parse(readFileSync(path.join(root, 'node_modules/app-builder-lib/scheme.json'), 'utf8'));

/** electron-builder's schema, compiled once (it is large). */
const validate = (() => {
  // The schema uses two things plain Ajv does not know: union types, and a `typeof: "function"`
  // keyword for hooks given in JavaScript configs.
  const ajv = new Ajv({ allErrors: true, allowUnionTypes: true });
  ajv.addKeyword({
    keyword: 'typeof',
    schemaType: ['string', 'array'],
    validate: (expected: string | string[], data: unknown) => ([] as string[]).concat(expected).includes(typeof data),
  });
  return ajv.compile(schema);
})();

it("is valid under electron-builder's JSON schema", () => {
  const valid = validate(config);
  expect(valid ? [] : validate.errors).toEqual([]);
});

it('the schema check does catch a misspelt option', () => {
  expect(validate({ ...config, nsis: { ...config.nsis, perMachin: false } })).toBe(false);
});

it("sets every Electron fuse electron-builder knows, as Electron's security checklist recommends", () => {
  expect(config.electronFuses).toEqual({
    runAsNode: false,
    enableCookieEncryption: true,
    enableNodeOptionsEnvironmentVariable: false,
    enableNodeCliInspectArguments: false,
    enableEmbeddedAsarIntegrityValidation: true,
    onlyLoadAppFromAsar: true,
    // The app is served from its own scheme, not file://.
    grantFileProtocolExtraPrivileges: false,
    loadBrowserProcessSpecificV8Snapshot: false,
    resetAdHocDarwinSignature: true,
  });
  // A fuse that a newer electron-builder adds must be decided on, not left at its default.
  const known = Object.keys(schema.definitions.FuseOptionsV1.properties).sort();
  expect(Object.keys(config.electronFuses).sort()).toEqual(known);
});

it('names the app and packages only the built files, with the samples beside them', () => {
  expect(config.appId).toBe('nl.vitalecoalitie.scenarioplanner');
  expect(config.productName).toBe('Vitale Coalitie Scenarioplanner');
  expect(config.directories).toEqual({ output: 'release', buildResources: 'build' });
  expect(config.files).toEqual(['dist/**', 'dist-electron/**', 'package.json']);
  expect(config.extraResources).toEqual([{ from: 'scenarios', to: 'scenarios', filter: ['*.vcscenario.json'] }]);
  const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
  expect(pkg.main).toBe('dist-electron/main.js');
});

it('builds for Windows, macOS and Linux', () => {
  expect(config.win.target).toEqual(['nsis']);
  expect(config.mac.target).toEqual(['dmg']);
  expect(config.mac.category).toBe('public.app-category.productivity');
  expect(config.mac.hardenedRuntime).toBe(true);
  expect(config.linux.target).toEqual(['AppImage', 'deb']);
  expect(config.linux.category).toBe('Office');
  expect(config.linux.maintainer).toMatch(/<[^@\s]+@[^@\s]+>/);
  expect(config.linux.synopsis).toEqual(expect.any(String));
});

it('installs on Windows per user, without administrator rights', () => {
  expect(config.nsis).toMatchObject({
    oneClick: false,
    perMachine: false,
    selectPerMachineByDefault: false,
    allowElevation: false,
    allowToChangeInstallationDirectory: true,
    createDesktopShortcut: true,
  });
  expect(config.win.requestedExecutionLevel).toBe('asInvoker');
});

it('associates scenario files with the app', () => {
  expect(config.fileAssociations).toEqual([
    expect.objectContaining({
      ext: 'vcscenario.json',
      name: 'Vitale Coalitie scenario',
      role: 'Editor',
      mimeType: 'application/x-vcscenario+json',
    }),
  ]);
});

/** Every `icon` value anywhere in the config. */
function iconPaths(node: unknown, found: string[] = []): string[] {
  if (Array.isArray(node)) node.forEach((item) => iconPaths(item, found));
  else if (node !== null && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (/icon$/i.test(key) && typeof value === 'string') found.push(value);
      else iconPaths(value, found);
    }
  }
  return found;
}

/** electron-builder looks a resource up in buildResources first, then in the project. */
const resolveResource = (p: string) =>
  [path.join(root, config.directories.buildResources, p), path.join(root, p)].find((candidate) => existsSync(candidate));

function pngSize(file: string): [number, number] {
  const data = readFileSync(file);
  expect(data.subarray(1, 4).toString('ascii')).toBe('PNG');
  return [data.readUInt32BE(16), data.readUInt32BE(20)];
}

it('every icon it references exists', () => {
  const icons = iconPaths(config);
  expect(icons).toEqual(expect.arrayContaining(['build/icon.ico', 'build/icon.icns', 'build/icons']));
  for (const icon of icons) expect([icon, resolveResource(icon) !== undefined]).toEqual([icon, true]);
});

it('the icons have the sizes the platforms need', () => {
  // The default icon electron-builder falls back to, and the Linux icon set.
  expect(pngSize(path.join(root, 'build/icon.png'))).toEqual([1024, 1024]);
  for (const size of [16, 32, 48, 64, 128, 256, 512, 1024]) {
    expect(pngSize(path.join(root, `build/icons/${size}x${size}.png`))).toEqual([size, size]);
  }
  // Windows: an .ico holding 16–256 px images, each inside the file.
  const ico = readFileSync(path.join(root, 'build/icon.ico'));
  expect([ico.readUInt16LE(0), ico.readUInt16LE(2)]).toEqual([0, 1]);
  const count = ico.readUInt16LE(4);
  const sizes: number[] = [];
  for (let i = 0; i < count; i++) {
    const entry = 6 + i * 16;
    sizes.push(ico[entry] === 0 ? 256 : ico[entry]!);
    expect(ico.readUInt32LE(entry + 12) + ico.readUInt32LE(entry + 8)).toBeLessThanOrEqual(ico.length);
  }
  expect(sizes).toEqual([16, 24, 32, 48, 64, 128, 256]);
  // macOS: an .icns whose length field matches the file.
  const icns = readFileSync(path.join(root, 'build/icon.icns'));
  expect(icns.subarray(0, 4).toString('ascii')).toBe('icns');
  expect(icns.readUInt32BE(4)).toBe(icns.length);
});
