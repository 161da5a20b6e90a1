// The application menu: the basics only, in Dutch or English after the system language.
// Edit has no undo/redo items on purpose: undo and redo belong to the renderer's own history
// (Ctrl+Z works on the scenario), and a menu accelerator would take the keys away from it.
import type { MenuItemConstructorOptions } from 'electron';

export interface MenuOptions {
  platform: NodeJS.Platform;
  /** BCP 47 locale of the system, e.g. `nl-NL`. */
  locale: string;
  /** Development build: adds reload and the developer tools. */
  isDev: boolean;
  appName: string;
  openLicence(): void;
}

const LABELS = {
  nl: {
    file: 'Bestand',
    quit: 'Afsluiten',
    edit: 'Bewerken',
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
    quit: 'Quit',
    edit: 'Edit',
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

export function buildMenuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const t = LABELS[menuLanguage(options.locale)];
  const mac = options.platform === 'darwin';
  const about: MenuItemConstructorOptions = { role: 'about', label: `${t.about} ${options.appName}` };

  const template: MenuItemConstructorOptions[] = [];
  if (mac) {
    template.push({
      label: options.appName,
      submenu: [about, { type: 'separator' }, { role: 'hide' }, { role: 'hideOthers' }, { role: 'unhide' }, { type: 'separator' }, { role: 'quit', label: t.quit }],
    });
  }
  template.push({
    label: t.file,
    submenu: mac ? [{ role: 'close' }] : [{ role: 'quit', label: t.quit, accelerator: 'Ctrl+Q' }],
  });
  template.push({
    label: t.edit,
    submenu: [
      { role: 'cut', label: t.cut },
      { role: 'copy', label: t.copy },
      { role: 'paste', label: t.paste },
      { type: 'separator' },
      { role: 'selectAll', label: t.selectAll },
    ],
  });
  const view: MenuItemConstructorOptions[] = [
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
