import type { FileErrorCode } from '../../ipc/contract';

const fileErrors = {
  'not-found': 'het bestand of de map bestaat niet (meer)',
  'not-a-file': 'dit is geen bestand',
  'too-large': 'het bestand is te groot om een scenario te zijn',
  'no-permission': 'u hebt geen toegang tot dit bestand',
  'read-only': 'de schijf of map is alleen-lezen',
  'disk-full': 'de schijf is vol',
  busy: 'een ander programma houdt het bestand vast',
  'invalid-scenario': 'de inhoud is geen geldig scenario',
  failed: 'het lukte niet',
} satisfies Record<FileErrorCode, string>;

export const files = {
  fileErrors,
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
  openFailedReason: (name: string, reason: FileErrorCode) => `„${name}” kon niet worden geopend: ${fileErrors[reason]}.`,
  saveFailedReason: (name: string, reason: FileErrorCode) =>
    `„${name}” kon niet worden opgeslagen: ${fileErrors[reason]}. Uw werk is niet verloren: het staat nog open en er is een reservekopie.`,
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
