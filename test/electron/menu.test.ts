// The application menu: Dutch or English, F11 for full screen, reload only in development.
import type { MenuItemConstructorOptions } from 'electron';
import { buildMenuTemplate, type MenuOptions } from '../../electron/menu';

function menu(overrides: Partial<MenuOptions> = {}): MenuItemConstructorOptions[] {
  return buildMenuTemplate({
    platform: 'win32',
    locale: 'nl-NL',
    isDev: false,
    appName: 'Vitale Coalitie Scenarioplanner',
    openLicence: () => undefined,
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

it('leaves undo and redo to the renderer', () => {
  expect(roles(menu())).not.toContain('undo');
  expect(roles(menu())).not.toContain('redo');
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
