// Saving from the app's export dialog and reading what was saved: shared by the export tests.
import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

/** Chooses a format in the open export dialog, saves, and returns the download's name and bytes. */
export async function saveExport(page: Page, dialogName: string, format: RegExp): Promise<{ name: string; bytes: Buffer }> {
  const dialog = page.getByRole('dialog', { name: dialogName });
  await dialog.getByRole('radio', { name: format }).check();
  const download = page.waitForEvent('download', { timeout: 120_000 });
  await dialog.getByRole('button', { name: 'Opslaan', exact: true }).click();
  const file = await download;
  return { name: file.suggestedFilename(), bytes: readFileSync((await file.path())!) };
}

/** Every number in a workbook: values, and the results its formulas were saved with. */
export async function workbookNumbers(bytes: Buffer): Promise<{ book: ExcelJS.Workbook; numbers: number[] }> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ArrayBuffer);
  const numbers: number[] = [];
  for (const sheet of book.worksheets) {
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        const v = cell.value as unknown;
        if (typeof v === 'number') numbers.push(v);
        else if (v && typeof v === 'object' && 'result' in v && typeof (v as { result: unknown }).result === 'number') numbers.push((v as { result: number }).result);
      }),
    );
  }
  return { book, numbers };
}
