import type { Catalogue } from '../catalogues';
import type { FileErrorCode } from '../../ipc/contract';

const fileErrors = {
  'not-found': 'the file or folder does not exist (any more)',
  'not-a-file': 'this is not a file',
  'too-large': 'the file is too large to be a scenario',
  'no-permission': 'you have no access to this file',
  'read-only': 'the disk or folder is read-only',
  'disk-full': 'the disk is full',
  busy: 'another program is holding the file',
  'invalid-scenario': 'the content is not a valid scenario',
  failed: 'it did not work',
} satisfies Record<FileErrorCode, string>;

export const files: Catalogue['files'] = {
  fileErrors,
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
  openFailedReason: (name: string, reason: FileErrorCode) => `“${name}” could not be opened: ${fileErrors[reason]}.`,
  saveFailedReason: (name: string, reason: FileErrorCode) =>
    `“${name}” could not be saved: ${fileErrors[reason]}. Your work is not lost: it is still open and backed up.`,
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
