import { formatters } from '../format';

const f = formatters('nl');

export const commands = {
  /** The command table's names, in the overview of shortcuts (and the menu, where no menu name). */
  labels: {
    undo: 'Ongedaan maken',
    redo: 'Opnieuw',
    present: 'Presentatiemodus aan/uit',
    leavePresentation: 'Presentatiemodus verlaten',
    history: 'Geschiedenis tonen/verbergen',
    unit: 'Euro’s ⇄ ×\u00a0€\u00a01.000',
    language: 'Nederlands ⇄ English',
    start: 'Startscherm',
    export: 'Exporteren…',
    nextDocument: 'Volgend tabblad',
    previousDocument: 'Vorig tabblad',
    shortcuts: 'Sneltoetsen tonen',
    compare: 'Scenario’s vergelijken',
    new: 'Nieuw scenario',
    open: 'Scenario openen',
    save: 'Opslaan',
    saveAs: 'Opslaan als…',
    duplicate: 'Variant maken (kopie in een nieuw tabblad)',
    close: 'Scenario sluiten',
  },
  /** In the application menu, where it differs from the label. */
  menuLabels: {
    compare: 'Scenario’s vergelijken',
    new: 'Nieuw',
    open: 'Openen…',
    saveAs: 'Opslaan als…',
    duplicate: 'Variant maken',
    close: 'Sluiten',
  },
  /** The application menu's own items. */
  menu: {
    file: 'Bestand',
    recent: 'Recent geopend',
    noRecent: 'Geen recente bestanden',
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
    about: (appName: string) => `Over ${appName}`,
    licence: 'Licentie (EUPL-1.2)',
  },
  /** Main's own dialogs: the file filters, and the question on closing with unsaved changes. */
  dialogs: {
    scenarioFilter: 'Scenario (.vcscenario.json)',
    allFiles: 'Alle bestanden',
    untitled: 'naamloos scenario',
    closeOne: (name: string) => `Wilt u de wijzigingen in „${name}” opslaan?`,
    closeMany: (count: number) => `Wilt u de wijzigingen in ${f.plural(count, { one: '# scenario', other: '# scenario’s' })} opslaan?`,
    closeDetail: 'Uw wijzigingen gaan verloren als u ze niet opslaat.',
    save: 'Opslaan',
    saveAll: 'Alles opslaan',
    dontSave: 'Niet opslaan',
    cancel: 'Annuleren',
  },
  /** Moving between the regions of the screen with F6 / Shift+F6 (#24 item 6); the menu has the short names. */
  regions: {
    next: 'Volgend gebied (werkbalk, tabbladen, maatregelen, resultaat, basis, geschiedenis)',
    previous: 'Vorig gebied',
    nextMenu: 'Volgend gebied',
    previousMenu: 'Vorig gebied',
  },
};
