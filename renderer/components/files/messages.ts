// The words of file handling, Dutch first.
import { FILE_ERROR_TEXT, type FileErrorCode } from '../../../shared/ipc/contract';
import type { Lang } from '../../../shared/scenario/problems';

const nl = {
  open: 'Openen…',
  startSection: 'Nieuw of openen',
  openHint: 'Een scenariobestand (.vcscenario.json) van uw computer of een gedeelde map.',
  save: 'Opslaan',
  saveAs: 'Opslaan als…',
  download: 'Downloaden',
  newScenario: 'Nieuw',
  closeFile: 'Sluiten',
  unsavedMark: 'niet opgeslagen wijzigingen',
  savedMark: 'alles opgeslagen',
  fileLabel: 'Bestand',
  recentEmpty: 'Nog geen recent geopende bestanden.',
  dropHint: 'Laat het bestand los om het te openen',

  unsavedTitle: (name: string) => `Wijzigingen in „${name}” opslaan?`,
  unsavedText: 'Uw wijzigingen gaan verloren als u ze niet opslaat.',
  unsavedSave: 'Opslaan',
  unsavedDiscard: 'Niet opslaan',
  cancel: 'Annuleren',

  conflictTitle: (name: string) => `„${name}” is gewijzigd sinds u het opende`,
  conflictText: (keepsPrevious: boolean) =>
    `Een ander programma of een collega heeft het bestand op schijf veranderd. Als u het overschrijft, gaat die versie verloren${keepsPrevious ? ' (er blijft een kopie van als .bak)' : ''}. U kunt uw werk ook onder een andere naam opslaan.`,
  conflictOverwrite: 'Overschrijven',
  conflictSaveAs: 'Opslaan als…',

  restoreTitle: 'Niet-opgeslagen werk terughalen?',
  restoreText: 'De app werd de vorige keer afgesloten voordat dit werk was opgeslagen. Er is een reservekopie van bewaard.',
  restoreItem: (title: string, name: string, time: string) => `„${title}” (${name}), laatst bewaard ${time}`,
  restore: 'Terughalen',
  restoreNamed: (title: string) => `„${title}” terughalen`,
  discard: 'Weggooien',
  discardNamed: (title: string) => `„${title}” weggooien`,
  later: 'Later beslissen',

  opened: (name: string) => `„${name}” geopend.`,
  migrated: (name: string, version: number) =>
    `„${name}” is gemaakt met bestandsversie ${version} en is hier omgezet naar de huidige versie. Het originele bestand blijft ongewijzigd totdat u opslaat.`,
  saved: (name: string) => `Opgeslagen als „${name}”.`,
  savedOverOther: (name: string, other: string) =>
    `Opgeslagen als „${name}”, maar een ander programma of een collega schreef op hetzelfde moment in dit bestand. Die versie is niet verloren: ze staat ernaast als „${other}”. Vergelijk de twee voordat u verdergaat.`,
  downloaded: (name: string) => `„${name}” gedownload. Deze browser kan niet rechtstreeks in het bestand opslaan: bewaar de download op de plek van het origineel.`,
  restored: (title: string) => `„${title}” is teruggehaald. Sla het op om het te bewaren.`,
  openFailedReason: (name: string, reason: FileErrorCode) => `„${name}” kon niet worden geopend: ${FILE_ERROR_TEXT[reason].nl}.`,
  saveFailedReason: (name: string, reason: FileErrorCode) =>
    `„${name}” kon niet worden opgeslagen: ${FILE_ERROR_TEXT[reason].nl}. Uw werk is niet verloren: het staat nog open en er is een reservekopie.`,
  recentRemoved: (names: string[]) =>
    names.length === 1
      ? `„${names[0]}” bestaat niet meer en is uit de lijst van recente bestanden gehaald.`
      : `${names.map((n) => `„${n}”`).join(', ')} bestaan niet meer en zijn uit de lijst van recente bestanden gehaald.`,
  alreadyOpen: (name: string) => `„${name}” was al geopend; dat tabblad staat nu vooraan.`,
  duplicated: (title: string) => `Een variant van „${title}” is geopend in een nieuw tabblad. Het origineel blijft zoals het was.`,
  variant: 'variant',
  duplicate: 'Variant maken',
  duplicateHint: 'Kopie van dit scenario in een nieuw tabblad, om te wijzigen en te vergelijken',
  compare: 'Vergelijken',
  tabsLabel: 'Geopende scenario’s',
  closeTab: (name: string) => `„${name}” sluiten`,
  dismiss: 'Melding sluiten',
  nothingChanged: 'Er is niets veranderd, niet aan het bestand en niet aan uw werk.',
};

export type FileMessages = typeof nl;

const en: FileMessages = {
  open: 'Open…',
  startSection: 'New or open',
  openHint: 'A scenario file (.vcscenario.json) from your computer or a shared folder.',
  save: 'Save',
  saveAs: 'Save as…',
  download: 'Download',
  newScenario: 'New',
  closeFile: 'Close',
  unsavedMark: 'unsaved changes',
  savedMark: 'all saved',
  fileLabel: 'File',
  recentEmpty: 'No recently opened files yet.',
  dropHint: 'Drop the file to open it',

  unsavedTitle: (name: string) => `Save the changes to “${name}”?`,
  unsavedText: "Your changes will be lost if you don't save them.",
  unsavedSave: 'Save',
  unsavedDiscard: "Don't save",
  cancel: 'Cancel',

  conflictTitle: (name: string) => `“${name}” has changed since you opened it`,
  conflictText: (keepsPrevious: boolean) =>
    `Another program or a colleague changed the file on disk. If you overwrite it, that version is lost${keepsPrevious ? ' (a copy of it stays as .bak)' : ''}. You can also save your work under another name.`,
  conflictOverwrite: 'Overwrite',
  conflictSaveAs: 'Save as…',

  restoreTitle: 'Restore unsaved work?',
  restoreText: 'Last time the app closed before this work was saved. A backup of it was kept.',
  restoreItem: (title: string, name: string, time: string) => `“${title}” (${name}), last backed up ${time}`,
  restore: 'Restore',
  restoreNamed: (title: string) => `Restore “${title}”`,
  discard: 'Discard',
  discardNamed: (title: string) => `Discard “${title}”`,
  later: 'Decide later',

  opened: (name: string) => `Opened “${name}”.`,
  migrated: (name: string, version: number) =>
    `“${name}” was made with file version ${version} and has been converted to the current version here. The original file is unchanged until you save.`,
  saved: (name: string) => `Saved as “${name}”.`,
  savedOverOther: (name: string, other: string) =>
    `Saved as “${name}”, but another program or a colleague wrote to this file at the same moment. That version is not lost: it is beside it as “${other}”. Compare the two before you go on.`,
  downloaded: (name: string) => `Downloaded “${name}”. This browser cannot save into the file itself: keep the download where the original was.`,
  restored: (title: string) => `“${title}” has been restored. Save it to keep it.`,
  openFailedReason: (name: string, reason: FileErrorCode) => `“${name}” could not be opened: ${FILE_ERROR_TEXT[reason].en}.`,
  saveFailedReason: (name: string, reason: FileErrorCode) =>
    `“${name}” could not be saved: ${FILE_ERROR_TEXT[reason].en}. Your work is not lost: it is still open and backed up.`,
  recentRemoved: (names: string[]) =>
    names.length === 1
      ? `“${names[0]}” no longer exists and has been taken off the recent files.`
      : `${names.map((n) => `“${n}”`).join(', ')} no longer exist and have been taken off the recent files.`,
  alreadyOpen: (name: string) => `“${name}” was already open; its tab is now in front.`,
  duplicated: (title: string) => `A variant of “${title}” has been opened in a new tab. The original stays as it was.`,
  variant: 'variant',
  duplicate: 'Make a variant',
  duplicateHint: 'A copy of this scenario in a new tab, to change and compare',
  compare: 'Compare',
  tabsLabel: 'Open scenarios',
  closeTab: (name: string) => `Close “${name}”`,
  dismiss: 'Close message',
  nothingChanged: 'Nothing has changed, neither the file nor your work.',
};

export const fileMessages: Record<Lang, FileMessages> = { nl, en };
