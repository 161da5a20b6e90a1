// The application menu, in Dutch or English: File (new, open, recent, save, save as, make a
// variant, export, close, quit), Edit (the renderer's undo and redo, cut/copy/paste), View
// (compare the open scenarios, full screen), Help.
//
// Keys: the renderer's one command list (renderer/commands) handles Ctrl+S, Ctrl+O, Ctrl+Z…
// itself, in Electron and in the browser alike, with its own rules (Ctrl+Z in a text field
// belongs to the field). So the menu items that send a renderer command show their shortcut
// but do not register it (`registerAccelerator: false`): a key is handled once, by the
// renderer, and a click on the item sends the same command. macOS ignores registerAccelerator;
// there Chromium gives the page the key first and the menu only gets keys the page left alone,
// and the renderer routes a menu undo to a focused text field (see renderer/commands).
import type { MenuItemConstructorOptions } from 'electron';
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

const LABELS = {
  nl: {
    file: 'Bestand',
    new: 'Nieuw',
    open: 'Openen…',
    recent: 'Recent geopend',
    noRecent: 'Geen recente bestanden',
    save: 'Opslaan',
    saveAs: 'Opslaan als…',
    duplicate: 'Variant maken',
    export: 'Exporteren…',
    compare: 'Scenario’s vergelijken',
    close: 'Sluiten',
    quit: 'Afsluiten',
    edit: 'Bewerken',
    undo: 'Ongedaan maken',
    redo: 'Opnieuw',
    cut: 'Knippen',
    copy: 'Kopiëren',
    paste: 'Plakken',
    selectAll: 'Alles selecteren',
    view: 'Beeld',
    fullscreen: 'Volledig scherm',
    reload: 'Opnieuw laden',
    devTools: 'Ontwikkelaarshulpmiddelen',
    help: 'Help',
    about: 'Over',
    licence: 'Licentie (EUPL-1.2)',
  },
  en: {
    file: 'File',
    new: 'New',
    open: 'Open…',
    recent: 'Open Recent',
    noRecent: 'No recent files',
    save: 'Save',
    saveAs: 'Save As…',
    duplicate: 'Make a Variant',
    export: 'Export…',
    compare: 'Compare Scenarios',
    close: 'Close',
    quit: 'Quit',
    edit: 'Edit',
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    selectAll: 'Select All',
    view: 'View',
    fullscreen: 'Toggle Full Screen',
    reload: 'Reload',
    devTools: 'Developer Tools',
    help: 'Help',
    about: 'About',
    licence: 'Licence (EUPL-1.2)',
  },
} as const;

export function menuLanguage(locale: string): keyof typeof LABELS {
  return locale.toLowerCase().startsWith('nl') ? 'nl' : 'en';
}

/** The renderer-owned commands and the keys its command list gives them (compare has none). */
export const COMMAND_KEYS: Record<MenuCommand, string | undefined> = {
  new: 'CmdOrCtrl+N',
  open: 'CmdOrCtrl+O',
  save: 'CmdOrCtrl+S',
  saveAs: 'CmdOrCtrl+Shift+S',
  duplicate: 'CmdOrCtrl+Shift+D',
  export: 'CmdOrCtrl+E',
  compare: undefined,
  close: 'CmdOrCtrl+W',
  undo: 'CmdOrCtrl+Z',
  redo: 'CmdOrCtrl+Shift+Z',
};

export function buildMenuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const t = LABELS[menuLanguage(options.locale)];
  const mac = options.platform === 'darwin';
  const about: MenuItemConstructorOptions = { role: 'about', label: `${t.about} ${options.appName}` };
  const command = (id: MenuCommand, label: string): MenuItemConstructorOptions => ({
    id,
    label,
    accelerator: COMMAND_KEYS[id],
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
      command('new', t.new),
      command('open', t.open),
      { id: 'recent', label: t.recent, submenu: recent },
      { type: 'separator' },
      command('save', t.save),
      command('saveAs', t.saveAs),
      { type: 'separator' },
      command('duplicate', t.duplicate),
      command('export', t.export),
      { type: 'separator' },
      command('close', t.close),
      ...(mac ? [] : [{ type: 'separator' } as const, { role: 'quit', label: t.quit, accelerator: 'Ctrl+Q' } as const]),
    ],
  });
  template.push({
    label: t.edit,
    submenu: [
      command('undo', t.undo),
      command('redo', t.redo),
      { type: 'separator' },
      { role: 'cut', label: t.cut },
      { role: 'copy', label: t.copy },
      { role: 'paste', label: t.paste },
      { type: 'separator' },
      { role: 'selectAll', label: t.selectAll },
    ],
  });
  const view: MenuItemConstructorOptions[] = [
    command('compare', t.compare),
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
