// The application menu: Dutch or English, F11 for full screen, reload only in development.
import type { MenuItemConstructorOptions } from 'electron';
import { buildMenuTemplate, type MenuOptions } from '../../electron/menu';
import { commands } from '../../renderer/commands/commands';
import { fileCommands } from '../../renderer/commands/file-commands';
import type { FileActions } from '../../renderer/components/files/file-actions';
import { accelerator, COMMAND_TABLE, commandSpec } from '../../shared/commands/commands';
import type { Lang } from '../../shared/i18n/languages';
import { render } from '../../shared/i18n/text';
import { MENU_COMMANDS, type MenuCommand } from '../../shared/ipc/contract';

function menu(overrides: Partial<MenuOptions> = {}): MenuItemConstructorOptions[] {
  return buildMenuTemplate({
    platform: 'win32',
    locale: 'nl-NL',
    isDev: false,
    appName: 'Vitale Coalitie Scenarioplanner',
    openLicence: () => undefined,
    send: () => undefined,
    recent: [],
    ...overrides,
  });
}

const items = (entry: MenuItemConstructorOptions | undefined) =>
  (entry?.submenu ?? []) as MenuItemConstructorOptions[];
const roles = (template: MenuItemConstructorOptions[]) =>
  template.flatMap((entry) => items(entry).map((item) => item.role)).filter(Boolean);

it('is in Dutch on a Dutch system and in English otherwise', () => {
  expect(menu().map((entry) => entry.label)).toEqual(['Bestand', 'Bewerken', 'Beeld', 'Help']);
  expect(menu({ locale: 'en-GB' }).map((entry) => entry.label)).toEqual(['File', 'Edit', 'View', 'Help']);
  expect(menu({ locale: 'de-DE' }).map((entry) => entry.label)).toEqual(['File', 'Edit', 'View', 'Help']);
});

it('has Quit under File and full screen on F11 under View', () => {
  const template = menu();
  expect(items(template[0])).toContainEqual(expect.objectContaining({ role: 'quit', label: 'Afsluiten' }));
  expect(items(template[2])).toContainEqual(expect.objectContaining({ role: 'togglefullscreen', accelerator: 'F11' }));
});

it('offers reload and the developer tools only in development', () => {
  expect(roles(menu())).not.toContain('reload');
  expect(roles(menu())).not.toContain('toggleDevTools');
  expect(roles(menu({ isDev: true }))).toEqual(expect.arrayContaining(['reload', 'toggleDevTools']));
});

it("has the renderer's undo and redo, not the native ones, and cut/copy/paste", () => {
  expect(roles(menu())).not.toContain('undo');
  expect(roles(menu())).not.toContain('redo');
  expect(roles(menu())).toEqual(expect.arrayContaining(['cut', 'copy', 'paste']));
  const send = jest.fn();
  const edit = items(menu({ send })[1]);
  expect(edit.slice(0, 2).map((item) => item.label)).toEqual(['Ongedaan maken', 'Opnieuw']);
  for (const item of edit.slice(0, 2)) (item.click as () => void)();
  expect(send.mock.calls).toEqual([['undo'], ['redo']]);
});

describe('the File menu', () => {
  const file = (overrides: Partial<MenuOptions> = {}) => items(menu(overrides)[0]);
  const labelled = (template: MenuItemConstructorOptions[]) => template.filter((item) => item.type !== 'separator').map((item) => item.label);

  it('has New, Open, Recent, Save, Save As, Make a Variant, Export, Close and Quit, in Dutch and English', () => {
    expect(labelled(file())).toEqual(['Nieuw', 'Openen…', 'Recent geopend', 'Opslaan', 'Opslaan als…', 'Variant maken', 'Exporteren…', 'Sluiten', 'Afsluiten']);
    expect(labelled(file({ locale: 'en' }))).toEqual(['New', 'Open…', 'Open Recent', 'Save', 'Save As…', 'Make a Variant', 'Export…', 'Close', 'Quit']);
  });

  it('each item sends its command to the renderer', () => {
    const send = jest.fn();
    for (const item of file({ send })) if (item.id && item.id !== 'recent') (item.click as () => void)();
    expect(send.mock.calls.map(([command]) => command)).toEqual(['new', 'open', 'save', 'saveAs', 'duplicate', 'export', 'close']);
  });

  it('View > Compare Scenarios sends compare', () => {
    const send = jest.fn();
    const view = items(menu({ send, locale: 'en' })[2]);
    expect(view[0]).toMatchObject({ id: 'compare', label: 'Compare Scenarios' });
    (view[0]!.click as () => void)();
    expect(send).toHaveBeenCalledWith('compare');
  });

  it('shows the usual keys but leaves them to the renderer (no key is handled twice)', () => {
    const byId = Object.fromEntries(file().filter((item) => item.id).map((item) => [item.id, item]));
    expect(byId.new).toMatchObject({ accelerator: 'CmdOrCtrl+N', registerAccelerator: false });
    expect(byId.open).toMatchObject({ accelerator: 'CmdOrCtrl+O', registerAccelerator: false });
    expect(byId.save).toMatchObject({ accelerator: 'CmdOrCtrl+S', registerAccelerator: false });
    expect(byId.saveAs).toMatchObject({ accelerator: 'CmdOrCtrl+Shift+S', registerAccelerator: false });
    expect(byId.close).toMatchObject({ accelerator: 'CmdOrCtrl+W', registerAccelerator: false });
    expect(byId.duplicate).toMatchObject({ accelerator: 'CmdOrCtrl+Shift+D', registerAccelerator: false });
    expect(byId.export).toMatchObject({ accelerator: 'CmdOrCtrl+E', registerAccelerator: false });
    const edit = items(menu()[1]);
    expect(edit[0]).toMatchObject({ accelerator: 'CmdOrCtrl+Z', registerAccelerator: false });
    expect(edit[1]).toMatchObject({ accelerator: 'CmdOrCtrl+Shift+Z', registerAccelerator: false });
  });

  it('lists the recent files, and says so when there are none', () => {
    const open = jest.fn();
    const recent = (template: MenuItemConstructorOptions[]) => items(template.find((item) => item.id === 'recent'));
    expect(recent(file())).toEqual([expect.objectContaining({ label: 'Geen recente bestanden', enabled: false })]);
    const listed = recent(file({ recent: [{ label: 'a.vcscenario.json — Werk', open }] }));
    expect(listed.map((item) => item.label)).toEqual(['a.vcscenario.json — Werk']);
    (listed[0]!.click as () => void)();
    expect(open).toHaveBeenCalled();
  });

  it('on macOS, Quit is in the app menu, not under File', () => {
    const template = menu({ platform: 'darwin' });
    expect(items(template[1]).map((item) => item.role)).not.toContain('quit');
    expect(items(template[1]).map((item) => item.label)).toContain('Opslaan');
  });
});

it('has the app menu on macOS', () => {
  const template = menu({ platform: 'darwin', locale: 'en-US' });
  expect(template[0]?.label).toBe('Vitale Coalitie Scenarioplanner');
  expect(roles(template)).toEqual(expect.arrayContaining(['about', 'quit', 'hide']));
});

it('opens the licence through the given callback', () => {
  const openLicence = jest.fn();
  const help = menu({ openLicence }).at(-1);
  const licence = items(help).find((item) => item.label === 'Licentie (EUPL-1.2)');
  (licence?.click as () => void)();
  expect(openLicence).toHaveBeenCalled();
});

describe('the one command table', () => {
  const commandItems = (template: MenuItemConstructorOptions[]) =>
    template.flatMap((entry) => items(entry)).filter((item) => item.id !== undefined && item.id !== 'recent');
  const noActions = new Proxy({}, { get: () => () => undefined }) as FileActions;
  const rendererCommands = [...commands, ...fileCommands(noActions, { browser: false })];
  /** The key event Electron's accelerator stands for, as the renderer would see it. */
  const press = (accel: string) => {
    const parts = accel.split('+');
    const key = parts.at(-1)!;
    // A letter arrives as a letter ("s"), any other key by its name ("F6").
    return { key: key.length === 1 ? key.toLowerCase() : key, ctrlKey: parts.includes('CmdOrCtrl'), metaKey: false, shiftKey: parts.includes('Shift'), altKey: parts.includes('Alt') };
  };

  it.each(['nl-NL', 'en-GB'])('gives every menu command its name and key (%s), and the renderer handles that key as the same command', (locale) => {
    const lang: Lang = locale.startsWith('nl') ? 'nl' : 'en';
    const listed = commandItems(menu({ locale }));
    expect(listed.map((item) => item.id).sort()).toEqual([...MENU_COMMANDS].sort());
    for (const item of listed) {
      const spec = commandSpec(item.id as MenuCommand);
      expect(item.label).toBe(render(lang, spec.menuLabel ?? spec.label));
      expect(item.accelerator).toBe(spec.keys[0] === undefined ? undefined : accelerator(spec.keys[0]));
      if (item.accelerator === undefined) continue;
      expect(rendererCommands.find((c) => c.matches(press(item.accelerator as string)))?.id).toBe(item.id);
    }
  });

  it("the renderer's commands (the F1 overview) are the table's, with the table's keys and names", () => {
    const keyed = COMMAND_TABLE.filter((c) => c.keys.length > 0);
    expect(rendererCommands.map((c) => [c.id, c.keys, c.label])).toEqual(keyed.map((c) => [c.id, c.keys, c.label]));
  });
});

it("follows the renderer's language as it is, the pseudo-locale too: every label from the catalogue", () => {
  const labels = menu({ locale: 'qps' }).flatMap((entry) => [entry, ...items(entry)]).filter((item) => item.type !== 'separator').map((item) => item.label);
  expect(labels.length).toBeGreaterThan(10);
  for (const label of labels) expect(label).toMatch(/^⟦.*⟧$/);
});
