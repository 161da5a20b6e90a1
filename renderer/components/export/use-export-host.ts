// Where the export dialog's files go and who prints its PDFs: the platform's download and, in
// the desktop app, Electron's printToPDF; in the browser, the browser's own print dialog. One
// place for the summary's and the comparison's dialog.
import { useMemo } from 'react';
import { usePlatform } from '../../platform/context';
import { downloadData } from '../../platform/download';
import type { ExportDialogProps } from './ExportDialog';

export function useExportHost(): Pick<ExportDialogProps, 'onSave' | 'printToPdf' | 'printInBrowser'> {
  const platform = usePlatform();
  return useMemo(
    () => ({
      onSave: (fileName, data, mime) => downloadData(fileName, data, mime),
      printToPdf: platform.printToPdf ? (html, options) => platform.printToPdf!(html, options) : undefined,
      // Only where there is no printer of its own: the desktop app keeps its PDF file.
      printInBrowser: !platform.printToPdf && platform.printInBrowser ? (request) => platform.printInBrowser!(request) : undefined,
    }),
    [platform],
  );
}
