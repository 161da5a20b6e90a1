// The export dialog in jsdom: the preview shows the engine's figures in the chosen language and
// unit, the file name follows the choices, and Save hands the finished file to onSave — text
// for Markdown and CSV (read back here), bytes for XLSX (read back with ExcelJS), the print
// layout to the host's PDF printer.
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ExportDialog } from '../../../renderer/components/export/ExportDialog';
import { useAppStore } from '../../../renderer/store/store';
import { project } from '../../../shared/engine/project';
import { formatMoney } from '../../../shared/format/money';
import { yearRows } from '../../../shared/format/year-rows';
import { parseScenarioText } from '../../../shared/scenario/parse';
import type { Scenario } from '../../../shared/scenario/schema';
import { comparisonExportable, summaryExportable } from '../../../shared/export/exportable';
import { buildComparison } from '../../../shared/export/comparison';
import { printHtml, withPrintFooter } from '../../../shared/export/print-html';
import { buildSummary } from '../../../shared/export/summary';
import type { PrintRequest } from '../../../renderer/platform/browser-print';

jest.setTimeout(60_000);

const REPO = resolve(__dirname, '../../..');
function load(path: string): Scenario {
  const result = parseScenarioText(readFileSync(resolve(REPO, path), 'utf8'));
  if (!result.ok) throw new Error(path);
  return result.value;
}
const voorbeeld = load('test/fixtures/voorbeeld.json');
const p = project(voorbeeld);
const plain = (text: string | null | undefined) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ');

type Saved = { fileName: string; data: Uint8Array | string; mime: string };

function open(props: Partial<Parameters<typeof ExportDialog>[0]> = {}) {
  const saved: Saved[] = [];
  const onClose = jest.fn();
  render(
    <ExportDialog
      open
      scenario={voorbeeld}
      date="2024-03-05"
      onClose={onClose}
      onSave={(fileName, data, mime) => void saved.push({ fileName, data, mime })}
      {...props}
    />,
  );
  return { saved, onClose };
}

beforeEach(() => {
  act(() => {
    useAppStore.getState().setLang('nl');
    useAppStore.getState().setUnit('euro');
  });
});

describe('the export dialog', () => {
  it('previews the printed page with the engine’s headline and year table', () => {
    open({ printToPdf: async () => new Uint8Array([37, 80, 68, 70]) });
    const dialog = screen.getByRole('dialog', { name: 'Exporteren' });
    expect(within(dialog).getByRole('radio', { name: /^PDF/ })).toBeChecked();
    const preview = screen.getByTestId('print-preview');
    expect(plain(within(preview).getByTestId('preview-savings').textContent)).toBe('€ 973.949');
    expect(plain(within(preview).getByTestId('preview-cumulative').textContent)).toBe('€ 2.143.511');
    expect(plain(within(preview).getByTestId('preview-target').textContent)).toBe('✗ niet gehaald');
    const text = plain(preview.textContent);
    for (const v of p.baseline.total) expect(text).toContain(plain(formatMoney(v, { lang: 'nl', unit: 'euro', symbol: false })));
    expect(within(preview).getByRole('img', { name: /Grafiek/ }).getAttribute('src')).toMatch(/^data:image\/svg\+xml/);
    expect(screen.getByTestId('export-file-name').textContent).toBe('Voorbeeld korting en verschuiving.pdf');
  });

  it('follows the language and unit chosen for the document', () => {
    open({ printToPdf: async () => new Uint8Array() });
    fireEvent.click(screen.getByRole('radio', { name: 'English' }));
    fireEvent.click(screen.getByRole('radio', { name: '×\u00a0€\u00a01.000' }));
    const preview = screen.getByTestId('print-preview');
    expect(plain(within(preview).getByTestId('preview-savings').textContent)).toBe('€974,000');
    expect(plain(preview.textContent)).toContain('Amounts × €1,000');
    const savings = yearRows(p, 'thousand').find((r) => r.kind === 'savings')?.values as number[];
    for (const v of savings) expect(plain(preview.textContent)).toContain(formatMoney(v, { lang: 'en', unit: 'thousand', symbol: false }));
  });

  it('with neither a PDF printer nor a print dialog, PDF says why and cannot be saved', () => {
    open({ initialFormat: 'pdf' });
    expect(screen.getByText(/PDF maken kan alleen in de desktop-app/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Opslaan' })).toBeDisabled();
  });

  it('PDF: the print layout goes to the host’s printer and its bytes to onSave', async () => {
    const printToPdf = jest.fn(async () => new Uint8Array([37, 80, 68, 70, 45]));
    const { saved } = open({ printToPdf });
    fireEvent.click(screen.getByRole('button', { name: 'Opslaan' }));
    await waitFor(() => expect(saved).toHaveLength(1));
    const [html, options] = printToPdf.mock.calls[0] as unknown as [string, { footerTemplate: string }];
    expect(html).toMatch(/^<!doctype html>/);
    expect(plain(html)).toContain('€ 973.949');
    expect(options.footerTemplate).toContain('pageNumber');
    expect(saved[0]).toEqual({ fileName: 'Voorbeeld korting en verschuiving.pdf', data: new Uint8Array([37, 80, 68, 70, 45]), mime: 'application/pdf' });
    expect(screen.getByRole('status').textContent).toBe('Voorbeeld korting en verschuiving.pdf is klaar.');
  });

  it('CSV: table and style chosen, previewed, saved as text with the figures of the engine', async () => {
    const { saved } = open({ initialFormat: 'csv' });
    fireEvent.change(screen.getByRole('combobox', { name: 'Tabel' }), { target: { value: 'measure' } });
    expect(screen.getByTestId('export-file-name').textContent).toBe('Voorbeeld korting en verschuiving - per maatregel.csv');
    expect(within(screen.getByTestId('csv-preview')).getByText('korting')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('radio', { name: /Internationaal/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Opslaan' }));
    await waitFor(() => expect(saved).toHaveLength(1));
    const text = saved[0]?.data as string;
    expect(typeof text).toBe('string');
    expect(text.startsWith('\uFEFF')).toBe(false);
    const rows = text.split('\r\n').map((l) => l.split(','));
    // The description holds commas (quoted): read the figures from the end, before the total.
    const korting = rows.find((r) => r[0] === 'korting') as string[];
    expect(korting.slice(-5, -1).map(Number)).toEqual(p.measures[0]?.effect);
    expect(saved[0]?.mime).toBe('text/csv;charset=utf-8');
  });

  it('Markdown: previewed and saved as text', async () => {
    const { saved } = open({ initialFormat: 'md' });
    expect(plain(screen.getByTestId('md-preview').textContent)).toContain('- **Besparing 2023:** € 973.949');
    fireEvent.click(screen.getByRole('button', { name: 'Opslaan' }));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]?.fileName).toBe('Voorbeeld korting en verschuiving.md');
    expect(plain(saved[0]?.data as string)).toContain('€ 2.143.511');
  });

  it('once the file is ready: Sluiten (focused) instead of Annuleren and Opslaan; another choice saves again', async () => {
    const { saved, onClose } = open({ initialFormat: 'md' });
    fireEvent.click(screen.getByRole('button', { name: 'Opslaan' }));
    await screen.findByText('Voorbeeld korting en verschuiving.md is klaar.');
    const close = screen.getByRole('button', { name: 'Sluiten' });
    expect(close).toHaveFocus();
    expect(screen.queryByRole('button', { name: 'Opslaan' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Annuleren' })).toBeNull();
    fireEvent.click(close);
    expect(onClose).toHaveBeenCalledTimes(1);
    // A new choice is a new file to make.
    fireEvent.click(screen.getByRole('radio', { name: /^CSV/ }));
    expect(screen.queryByRole('button', { name: 'Sluiten' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Opslaan' }));
    await waitFor(() => expect(saved).toHaveLength(2));
    expect(saved[1]?.fileName).toMatch(/\.csv$/);
  });

  it('XLSX: ExcelJS loads on Save; the workbook reads back with the engine’s savings', async () => {
    const { saved } = open({ initialFormat: 'xlsx' });
    // The sample's "Extra formatie" is incidental (version 2, #20): the budget's two sheets follow the per-year sheet.
    expect(screen.getByTestId('xlsx-preview').textContent).toContain('Per jaar · Structureel evenwicht · Incidentele baten en lasten · Per regel · Per maatregel');
    fireEvent.click(screen.getByRole('button', { name: 'Opslaan' }));
    await waitFor(() => expect(saved).toHaveLength(1), { timeout: 30_000 });
    const bytes = saved[0]?.data as Uint8Array;
    expect(bytes).toBeInstanceOf(Uint8Array);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    const sheet = wb.getWorksheet('Per jaar') as ExcelJS.Worksheet;
    let row = 0;
    sheet.eachRow((r, n) => {
      if (r.getCell(1).value === 'Besparing') row = n;
    });
    expect(p.years.map((_, yi) => (sheet.getRow(row).getCell(yi + 2).model as { result?: number }).result)).toEqual(p.savings.total);
  });

  it('a failing printer is reported, not thrown', async () => {
    open({ printToPdf: async () => Promise.reject(new Error('printer offline')) });
    fireEvent.click(screen.getByRole('button', { name: 'Opslaan' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Exporteren is niet gelukt: printer offline'));
  });

  describe('in the browser version: PDF through the browser’s print dialog', () => {
    const DAY = '2024-03-05';
    const expectedHtml = (lang: 'nl' | 'en' = 'nl') => summaryExportable(buildSummary(voorbeeld, p, { lang, unit: 'euro', date: DAY })).browserPrintHtml();

    it('offers PDF first, says in words what Save does, and Save can be pressed', () => {
      open({ printInBrowser: async () => undefined });
      expect(screen.getByRole('radio', { name: /^PDF/ })).toBeChecked();
      expect(screen.queryByText(/PDF maken kan alleen in de desktop-app/)).toBeNull();
      expect(screen.getByTestId('browser-pdf-note').textContent).toBe(
        'Opslaan opent het afdrukvenster van uw browser. Kies in het afdrukvenster „Opslaan als PDF” en klik daar op Opslaan.',
      );
      expect(screen.getByRole('button', { name: 'Opslaan' })).toBeEnabled();
      expect(screen.getByTestId('export-file-name').textContent).toBe('Voorbeeld korting en verschuiving.pdf');
    });

    it('Save hands the print layout, with its footer in CSS, to the print dialog; no download', async () => {
      const printInBrowser = jest.fn(async (_request: PrintRequest) => undefined);
      const { saved } = open({ printInBrowser });
      fireEvent.click(screen.getByRole('button', { name: 'Opslaan' }));
      await waitFor(() => expect(printInBrowser).toHaveBeenCalledTimes(1));
      const request = printInBrowser.mock.calls[0]![0];
      // The same document as the desktop app's, and the footer the desktop app's printer adds.
      expect(request.html).toBe(expectedHtml());
      const summary = buildSummary(voorbeeld, p, { lang: 'nl', unit: 'euro', date: DAY });
      expect(request.html).toBe(withPrintFooter(printHtml(summary), summary));
      expect(request.html).toContain('counter(pages)');
      expect(request.fileTitle).toBe('Voorbeeld korting en verschuiving');
      expect(request.label).toBe('Document voor het afdrukvenster');
      await waitFor(() =>
        expect(screen.getByRole('status').textContent).toBe(
          'Het afdrukvenster is gesloten. Koos u „Opslaan als PDF”, dan staat Voorbeeld korting en verschuiving.pdf waar u het bewaarde.',
        ),
      );
      expect(saved).toEqual([]);
    });

    it('prints the document in the language chosen for it; the dialog speaks the app’s language', async () => {
      const printInBrowser = jest.fn(async (_request: PrintRequest) => undefined);
      act(() => useAppStore.getState().setLang('en'));
      open({ printInBrowser });
      expect(screen.getByTestId('browser-pdf-note').textContent).toBe(
        'Save opens your browser’s print dialog. In the print dialog, choose “Save as PDF” and click Save there.',
      );
      fireEvent.click(screen.getByRole('button', { name: 'Save' }));
      await waitFor(() => expect(printInBrowser).toHaveBeenCalledTimes(1));
      expect(printInBrowser.mock.calls[0]![0].html).toBe(expectedHtml('en'));
    });

    it('a print dialog that fails is reported, not thrown', async () => {
      open({ printInBrowser: async () => Promise.reject(new Error('print blocked')) });
      fireEvent.click(screen.getByRole('button', { name: 'Opslaan' }));
      await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Exporteren is niet gelukt: print blocked'));
    });

    it('the other formats are saved as before, with no print note', async () => {
      const printInBrowser = jest.fn(async () => undefined);
      const { saved } = open({ printInBrowser, initialFormat: 'md' });
      expect(screen.queryByTestId('browser-pdf-note')).toBeNull();
      fireEvent.click(screen.getByRole('button', { name: 'Opslaan' }));
      await waitFor(() => expect(saved).toHaveLength(1));
      expect(printInBrowser).not.toHaveBeenCalled();
    });

    it('where the host has a printer (the desktop app), its PDF file wins and the print dialog is not used', async () => {
      const printInBrowser = jest.fn(async () => undefined);
      const printToPdf = jest.fn(async () => new Uint8Array([37, 80, 68, 70]));
      const { saved } = open({ printInBrowser, printToPdf });
      expect(screen.queryByTestId('browser-pdf-note')).toBeNull();
      fireEvent.click(screen.getByRole('button', { name: 'Opslaan' }));
      await waitFor(() => expect(saved).toHaveLength(1));
      expect(printInBrowser).not.toHaveBeenCalled();
      expect(printToPdf).toHaveBeenCalledTimes(1);
    });
  });

  it('Cancel closes', () => {
    const { onClose } = open();
    fireEvent.click(screen.getByRole('button', { name: 'Annuleren' }));
    expect(onClose).toHaveBeenCalled();
  });
});

describe('the export dialog for a comparison', () => {
  const variant: Scenario = {
    ...voorbeeld,
    title: 'Variant B',
    measures: voorbeeld.measures!.map((m, i) => (i === 0 && m.type === 'cut' && m.rate !== undefined ? { ...m, rate: m.rate / 2 } : m)),
  };
  const items = [
    { name: 'a.vcscenario.json', scenario: voorbeeld },
    { name: 'b.vcscenario.json', scenario: variant },
  ];
  const pb = project(variant);

  it('previews the printed comparison: both scenarios, their savings per year and what differs; prints its own layout', async () => {
    const printed: string[] = [];
    const { saved } = open({ scenario: undefined, comparison: items, printToPdf: async (html) => (printed.push(html), new Uint8Array([37, 80, 68, 70])) });
    const dialog = screen.getByRole('dialog', { name: 'Vergelijking exporteren' });
    const preview = within(dialog).getByTestId('print-preview');
    expect(preview).toHaveTextContent('Vergelijking van scenario’s');
    expect(preview).toHaveTextContent('Variant B');
    const last = pb.years.length - 1;
    expect(plain(preview.textContent)).toContain(formatMoney(pb.savings.total[last]!, { lang: 'nl', unit: 'euro', symbol: false }));
    expect(preview).toHaveTextContent('B ten opzichte van A');
    expect(within(dialog).getByTestId('export-file-name')).toHaveTextContent('Vergelijking van scenario’s - Voorbeeld korting en verschuiving.pdf');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Opslaan' }));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(printed[0]).toContain('Variant B');
    expect(saved[0]!.mime).toBe('application/pdf');
  });

  it('in the browser version, the comparison’s PDF goes to the print dialog with its own layout and footer', async () => {
    const printInBrowser = jest.fn(async (_request: PrintRequest) => undefined);
    open({ scenario: undefined, comparison: items, printInBrowser });
    const dialog = screen.getByRole('dialog', { name: 'Vergelijking exporteren' });
    expect(within(dialog).getByTestId('browser-pdf-note')).toBeVisible();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Opslaan' }));
    await waitFor(() => expect(printInBrowser).toHaveBeenCalledTimes(1));
    const request = printInBrowser.mock.calls[0]![0];
    expect(request.html).toBe(comparisonExportable(buildComparison(items, { lang: 'nl', unit: 'euro', date: '2024-03-05' })).browserPrintHtml());
    expect(request.fileTitle).toBe('Vergelijking van scenario’s - Voorbeeld korting en verschuiving');
  });

  it('offers only the comparison’s CSV tables, and writes the one chosen', async () => {
    const { saved } = open({ scenario: undefined, comparison: items });
    const dialog = screen.getByRole('dialog', { name: 'Vergelijking exporteren' });
    fireEvent.click(within(dialog).getByRole('radio', { name: /^CSV/ }));
    const select = within(dialog).getByRole('combobox', { name: 'Tabel' });
    expect(within(select).getAllByRole('option').map((o) => o.textContent)).toEqual(['Per jaar', 'Per organisatie']);
    fireEvent.change(select, { target: { value: 'organisation' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Opslaan' }));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]!.fileName).toMatch(/ - per organisatie\.csv$/);
    // The example has no organisations: per line, a row per line and scenario.
    const rows = String(saved[0]!.data).slice(1).split(/\r\n/).filter(Boolean).map((r) => r.split(';'));
    expect(rows[0]!.slice(0, 2)).toEqual(['Regel', 'Scenario']);
    expect(new Set(rows.slice(1).map((r) => r[1]))).toEqual(new Set(['A', 'B']));
  });
});
