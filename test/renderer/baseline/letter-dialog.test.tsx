// The letter to a partner from the app (#21 item 3): opened from the partner's row, a preview with
// the projection's per-organisation figures, the file name following the choices, and Save
// handing the same files as `vcp letter` to the host: Markdown text, Word bytes, the letter's
// HTML to the PDF printer with the letter's margins, or the browser's print dialog.
import '@testing-library/jest-dom';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { LetterDialog } from '../../../renderer/components/baseline/LetterDialog';
import { project } from '../../../shared/engine/project';
import { buildLetter, LETTER_MARGINS_MM, letterDocx, letterHtml, letterMarkdown } from '../../../shared/export/letter';
import type { Scenario } from '../../../shared/scenario/schema';
import { load } from './helpers';
import { BaselinePanel } from '../../../renderer/components/baseline/BaselinePanel';
import { PlatformProvider } from '../../../renderer/platform/context';
import type { Platform } from '../../../renderer/platform/platform';

jest.setTimeout(60_000);

const v2 = (): Scenario => JSON.parse(readFileSync(resolve(__dirname, '../../fixtures/voorbeeld-v2.json'), 'utf8')) as Scenario;
const DATE = '2024-03-05';
const plain = (text: string | null) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ').replace(/\u2060/g, '');
type Saved = { fileName: string; data: Uint8Array | string; mime: string };

function open(props: Partial<Parameters<typeof LetterDialog>[0]> = {}) {
  const saved: Saved[] = [];
  const onClose = jest.fn();
  render(
    <LetterDialog
      organisation="Bibliotheek Rivierenland"
      date={DATE}
      onClose={onClose}
      onSave={(fileName, data, mime) => void saved.push({ fileName, data, mime })}
      {...props}
    />,
  );
  return { saved, onClose };
}

describe('the letter dialog', () => {
  it('opens from the partner’s row in the baseline editor, and closes', async () => {
    load(v2());
    const user = userEvent.setup();
    render(
      <PlatformProvider platform={{} as Platform}>
        <BaselinePanel />
      </PlatformProvider>,
    );
    await user.click(screen.getByRole('button', { name: 'Partners' }));
    await user.click(screen.getByRole('button', { name: 'Brief aan „Bibliotheek Rivierenland”' }));
    const dialog = await screen.findByRole('dialog', { name: 'Brief aan „Bibliotheek Rivierenland”' });
    expect(within(dialog).getByText('Geachte heer, mevrouw,')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Annuleren' }));
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('previews the letter with the breakdown’s figures; PDF goes to the printer with the letter’s margins', async () => {
    const scenario = load(v2());
    const printToPdf = jest.fn(async () => new Uint8Array([37, 80, 68, 70]));
    const { saved } = open({ printToPdf });
    const preview = screen.getByRole('region', { name: 'Voorbeeld van de brief' });
    const row = within(preview).getByRole('row', { name: /^2025/ });
    expect(plain(row.textContent)).toBe('2025€ 400.000€ 360.000€ 40.00010,0%');
    expect(within(preview).getByText(/t\.a\.v\. directie@bibliotheek\.example/)).toBeInTheDocument();
    expect(screen.getByTestId('letter-file-name')).toHaveTextContent('Brief Bibliotheek Rivierenland.pdf');
    await userEvent.setup().click(screen.getByRole('button', { name: 'Opslaan' }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Opgeslagen: Brief Bibliotheek Rivierenland.pdf'));
    const letter = buildLetter(scenario, project(scenario), 'Bibliotheek Rivierenland', { lang: 'nl', date: DATE })!;
    expect(printToPdf).toHaveBeenCalledWith(letterHtml(letter), { footerTemplate: '<span></span>', marginsMm: LETTER_MARGINS_MM });
    expect(saved[0]).toEqual({ fileName: 'Brief Bibliotheek Rivierenland.pdf', data: new Uint8Array([37, 80, 68, 70]), mime: 'application/pdf' });
    expect(screen.getByRole('status')).toHaveTextContent('Opgeslagen: Brief Bibliotheek Rivierenland.pdf');
    expect(screen.getByRole('button', { name: 'Sluiten' })).toHaveFocus();
  });

  it('Markdown and Word in English: the same bytes as vcp letter writes', async () => {
    const scenario = load(v2());
    const { saved } = open();
    const user = userEvent.setup();
    // Without a printer, PDF cannot be chosen.
    expect(screen.getByRole('radio', { name: 'PDF' })).toBeDisabled();
    expect(screen.getByRole('radio', { name: 'Word (.docx)' })).toBeChecked();
    await user.click(screen.getByRole('radio', { name: 'English' }));
    expect(screen.getByTestId('letter-file-name')).toHaveTextContent('Letter Bibliotheek Rivierenland.docx');
    // The letter in English; the dialog in the app's language.
    expect(within(screen.getByRole('region', { name: 'Voorbeeld van de brief' })).getByText('Dear Sir or Madam,')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Opgeslagen: Letter Bibliotheek Rivierenland.docx'));
    await user.click(screen.getByRole('radio', { name: 'Markdown' }));
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Opgeslagen: Letter Bibliotheek Rivierenland.md'));
    const letter = buildLetter(scenario, project(scenario), 'Bibliotheek Rivierenland', { lang: 'en', date: DATE })!;
    await waitFor(() => expect(saved).toHaveLength(2));
    expect(saved[0]!.data).toEqual(letterDocx(letter));
    expect(saved[0]!.mime).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(saved[1]).toEqual({ fileName: 'Letter Bibliotheek Rivierenland.md', data: letterMarkdown(letter), mime: 'text/markdown;charset=utf-8' });
  });

  it('in the browser, PDF opens the print dialog with the letter and its footer', async () => {
    load(v2());
    const printInBrowser = jest.fn(async () => undefined);
    open({ printInBrowser });
    await userEvent.setup().click(screen.getByRole('button', { name: 'Opslaan' }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Het afdrukvenster is geopend'));
    expect(printInBrowser).toHaveBeenCalledTimes(1);
    const request = (printInBrowser.mock.calls[0] as unknown as [{ html: string; fileTitle: string }])[0];
    expect(request.fileTitle).toBe('Brief Bibliotheek Rivierenland');
    expect(request.html).toContain('@bottom-left');
  });
});
