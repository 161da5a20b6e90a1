// The application menu, in the app's language (the catalogue's `commands` area): File (new, open, recent, save, save as, make a
// variant, export, close, quit), Edit (the renderer's undo and redo, cut/copy/paste), View
// (compare the open scenarios, the next and previous region of the screen, full screen), Help.
//
// Names and keys of the commands: the one command table (shared/commands), which the renderer's
// shortcuts and their overview read too. The renderer (renderer/commands) handles Ctrl+S, Ctrl+O,
// Ctrl+Z… itself, in Electron and in the browser alike, with its own rules (Ctrl+Z in a text field
// belongs to the field). So the menu items that send a renderer command show their shortcut
// but do not register it (`registerAccelerator: false`): a key is handled once, by the
// renderer, and a click on the item sends the same command. macOS ignores registerAccelerator;
// there Chromium gives the page the key first and the menu only gets keys the page left alone,
// and the renderer routes a menu undo to a focused text field (see renderer/commands).
import type { MenuItemConstructorOptions } from 'electron';
import { accelerator, commandSpec } from '../shared/commands/commands';
import { isLang, type Lang } from '../shared/i18n/languages';
import { catalogue, render } from '../shared/i18n/text';
import type { MenuCommand } from '../shared/ipc/contract';

export interface RecentMenuItem {
  label: string;
  open(): void;
}

export interface MenuOptions {
  platform: NodeJS.Platform;
  /** BCP 47 locale or the renderer's language, e.g. `nl-NL` or `en`. */
  locale: string;
  /** Development build: adds reload and the developer tools. */
  isDev: boolean;
  appName: string;
  openLicence(): void;
  /** Sends a command to the renderer of the focused window. */
  send(command: MenuCommand): void;
  recent: RecentMenuItem[];
}

/**
 * The menu's language: a language of the app as it is (the renderer's), else by the system's
 * locale: Dutch for `nl-…`, English otherwise.
 */
export function menuLanguage(locale: string): Lang {
  if (isLang(locale)) return locale;
  return locale.toLowerCase().startsWith('nl') ? 'nl' : 'en';
}

/** The renderer-owned commands' keys, from the one command table (compare has none). */
export function commandAccelerator(id: MenuCommand): string | undefined {
  const first = commandSpec(id).keys[0];
  return first === undefined ? undefined : accelerator(first);
}

export function buildMenuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const lang = menuLanguage(options.locale);
  const t = catalogue(lang).commands.menu;
  const mac = options.platform === 'darwin';
  const about: MenuItemConstructorOptions = { role: 'about', label: t.about(options.appName) };
  // A command's item: its name and key from the one command table (shared/commands).
  const command = (id: MenuCommand): MenuItemConstructorOptions => ({
    id,
    label: render(lang, commandSpec(id).menuLabel ?? commandSpec(id).label),
    accelerator: commandAccelerator(id),
    registerAccelerator: false,
    click: () => options.send(id),
  });
  const recent: MenuItemConstructorOptions[] =
    options.recent.length === 0
      ? [{ label: t.noRecent, enabled: false }]
      : options.recent.map((item) => ({ label: item.label, click: () => item.open() }));

  const template: MenuItemConstructorOptions[] = [];
  if (mac) {
    template.push({
      label: options.appName,
      submenu: [about, { type: 'separator' }, { role: 'hide' }, { role: 'hideOthers' }, { role: 'unhide' }, { type: 'separator' }, { role: 'quit', label: t.quit }],
    });
  }
  template.push({
    label: t.file,
    submenu: [
      command('new'),
      command('open'),
      { id: 'recent', label: t.recent, submenu: recent },
      { type: 'separator' },
      command('save'),
      command('saveAs'),
      { type: 'separator' },
      command('duplicate'),
      command('export'),
      { type: 'separator' },
      command('close'),
      ...(mac ? [] : [{ type: 'separator' } as const, { role: 'quit', label: t.quit, accelerator: 'Ctrl+Q' } as const]),
    ],
  });
  template.push({
    label: t.edit,
    submenu: [
      command('undo'),
      command('redo'),
      { type: 'separator' },
      { role: 'cut', label: t.cut },
      { role: 'copy', label: t.copy },
      { role: 'paste', label: t.paste },
      { type: 'separator' },
      { role: 'selectAll', label: t.selectAll },
    ],
  });
  const view: MenuItemConstructorOptions[] = [
    command('compare'),
    { type: 'separator' },
    command('next-region'),
    command('previous-region'),
    { type: 'separator' },
    { role: 'togglefullscreen', label: t.fullscreen, accelerator: mac ? 'Ctrl+Command+F' : 'F11' },
  ];
  if (options.isDev) {
    view.push({ type: 'separator' }, { role: 'reload', label: t.reload }, { role: 'toggleDevTools', label: t.devTools });
  }
  template.push({ label: t.view, submenu: view });
  template.push({
    role: 'help',
    label: t.help,
    submenu: [
      { label: t.licence, click: () => options.openLicence() },
      ...(mac ? [] : [{ type: 'separator' } as const, about]),
    ],
  });
  return template;
}
