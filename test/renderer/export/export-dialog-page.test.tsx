// The export dialog's interactive page (#22): offered for one scenario (never for a comparison),
// with the sliders' range in per cents of the plan; a range that leaves out 100 % is said and
// cannot be saved; Save hands one HTML file, named after the scenario, with the scenario and the
// range in its data block, to onSave.
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { join } from 'node:path';
import { ExportDialog } from '../../../renderer/components/export/ExportDialog';
import { useAppStore } from '../../../renderer/store/store';
import { PAGE_MIME, pageData } from '../../../shared/export/interactive-page';
import { catalogue } from '../../../shared/i18n/text';
import { buildPageScript } from '../../support/page-script';
import { loadScenario, ROOT } from '../../shared/export/fixtures';

jest.setTimeout(60_000);

const voorbeeld = loadScenario(join(ROOT, 'test', 'fixtures', 'voorbeeld.json'));
const words = catalogue('nl').exportDialog.interactivePage;

type Saved = { fileName: string; data: Uint8Array | string; mime: string };

function open(props: Partial<Parameters<typeof ExportDialog>[0]> = {}) {
  const saved: Saved[] = [];
  render(<ExportDialog open scenario={voorbeeld} date="2024-03-05" onClose={jest.fn()} onSave={(fileName, data, mime) => void saved.push({ fileName, data, mime })} {...props} />);
  return { saved };
}

const dataBlock = (html: string) => JSON.parse(/<script type="application\/json" id="vcp-data">([^<]*)<\/script>/.exec(html)?.[1] ?? 'null');

beforeAll(() => buildPageScript());
beforeEach(() => {
  act(() => {
    useAppStore.getState().setLang('nl');
    useAppStore.getState().setUnit('euro');
  });
});

describe('the interactive page in the export dialog', () => {
  it('is offered for one scenario, with each measure’s range in the preview, and saved as one HTML file', async () => {
    const { saved } = open();
    const dialog = screen.getByRole('dialog', { name: 'Exporteren' });
    fireEvent.click(within(dialog).getByRole('radio', { name: new RegExp(words.format.replace(/[()]/g, '\\$&')) }));
    expect(screen.getByTestId('export-file-name').textContent).toBe('Voorbeeld korting en verschuiving.html');
    const preview = screen.getByTestId('page-preview');
    for (const m of voorbeeld.measures ?? []) expect(preview.textContent).toContain(words.measureRange(m.name, '0%', '200%'));

    fireEvent.change(screen.getByRole('spinbutton', { name: words.from }), { target: { value: '50' } });
    fireEvent.change(screen.getByRole('spinbutton', { name: words.to }), { target: { value: '150' } });
    expect(preview.textContent).toContain(words.measureRange(voorbeeld.measures![0]!.name, '50%', '150%'));
    fireEvent.click(within(dialog).getByRole('radio', { name: 'English' }));
    fireEvent.click(screen.getByRole('button', { name: 'Opslaan' }));
    await waitFor(() => expect(saved).toHaveLength(1));
    const [file] = saved;
    expect(file).toMatchObject({ fileName: 'Voorbeeld korting en verschuiving.html', mime: PAGE_MIME });
    const html = file!.data as string;
    expect(html).toMatch(/^<!doctype html>\n<html lang="en">/);
    expect(dataBlock(html)).toEqual(pageData(voorbeeld, { lang: 'en', unit: 'euro', date: '2024-03-05', range: { min: 0.5, max: 1.5 } }));
    expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'sha256-/);
    expect(screen.getByRole('status').textContent).toBe(catalogue('nl').exportDialog.saved('Voorbeeld korting en verschuiving.html'));
  });

  it('says why a range that leaves out the scenario as saved cannot be saved', () => {
    open();
    fireEvent.click(screen.getByRole('radio', { name: new RegExp(words.format.replace(/[()]/g, '\\$&')) }));
    const from = screen.getByRole('spinbutton', { name: words.from });
    fireEvent.change(from, { target: { value: '120' } });
    expect(from).toHaveAttribute('aria-invalid', 'true');
    expect(from).toHaveAccessibleDescription(expect.stringContaining(catalogue('nl').interactivePage.rangeHoldsOne));
    expect(screen.getByRole('button', { name: 'Opslaan' })).toBeDisabled();
    fireEvent.change(from, { target: { value: '100' } });
    expect(screen.getByRole('button', { name: 'Opslaan' })).toBeEnabled();
  });

  it('is not offered for a comparison', () => {
    open({ scenario: undefined, comparison: [{ name: 'a', scenario: voorbeeld }, { name: 'b', scenario: voorbeeld }] });
    expect(screen.queryByRole('radio', { name: new RegExp(words.format.replace(/[()]/g, '\\$&')) })).toBeNull();
    expect(screen.getByRole('radio', { name: /^Markdown/ })).toBeInTheDocument();
  });
});
