// Closing a window (or quitting) with unsaved changes asks Save / Don't save / Cancel, and obeys.
import { WindowDocument, closeQuestion, type CloseAnswer, type WindowDocumentDeps } from '../../electron/window-document';

const BACKUP = '3f2b8c1a-9d4e-4f6a-8b7c-1d2e3f4a5b6c';
const flush = () => new Promise((resolve) => setImmediate(resolve));

function setup(answer: CloseAnswer) {
  const deps = {
    ask: jest.fn(async () => answer),
    requestSave: jest.fn(),
    close: jest.fn(),
    removeBackup: jest.fn(async () => undefined),
    cancelled: jest.fn(),
  } satisfies WindowDocumentDeps;
  const doc = new WindowDocument(deps);
  doc.update({ dirty: true, unsavedCount: 1, name: 'plan.vcscenario.json', handle: null, lang: 'nl', backupIds: [BACKUP] });
  return { doc, deps };
}

it('closes at once when there are no unsaved changes', () => {
  const { doc, deps } = setup('cancel');
  doc.update({ ...doc.state, dirty: false });
  expect(doc.onClose()).toBe(true);
  expect(deps.ask).not.toHaveBeenCalled();
});

it('asks in the language of the renderer, naming the file', async () => {
  const { doc, deps } = setup('cancel');
  expect(doc.onClose()).toBe(false);
  await flush();
  expect(deps.ask).toHaveBeenCalledWith({
    message: 'Wilt u de wijzigingen in „plan.vcscenario.json” opslaan?',
    detail: 'Uw wijzigingen gaan verloren als u ze niet opslaat.',
    buttons: ['Opslaan', 'Niet opslaan', 'Annuleren'],
  });
  expect(closeQuestion('en', null)).toEqual({
    message: 'Do you want to save the changes you made to “untitled scenario”?',
    detail: "Your changes will be lost if you don't save them.",
    buttons: ['Save', "Don't save", 'Cancel'],
  });
  // The pseudo-locale: every word from the catalogue, the file's name kept as it is.
  const pseudo = closeQuestion('qps', 'plan.json');
  expect(pseudo.message).toMatch(/^⟦Do you want to save the changes you made to “plan\.json”\?·+⟧$/);
  for (const word of [pseudo.detail, ...pseudo.buttons]) expect(word).toMatch(/^⟦.*⟧$/);
});

it('with several tabs unsaved, asks about all of them at once, and Don\'t save removes every backup', async () => {
  const { doc, deps } = setup('discard');
  const OTHER = '4a2b8c1a-9d4e-4f6a-8b7c-1d2e3f4a5b6c';
  doc.update({ ...doc.state, unsavedCount: 2, name: null, backupIds: [BACKUP, OTHER] });
  expect(doc.onClose()).toBe(false);
  await flush();
  expect(deps.ask).toHaveBeenCalledWith({
    message: 'Wilt u de wijzigingen in 2 scenario’s opslaan?',
    detail: 'Uw wijzigingen gaan verloren als u ze niet opslaat.',
    buttons: ['Alles opslaan', 'Niet opslaan', 'Annuleren'],
  });
  expect(closeQuestion('en', null, 3).message).toBe('Do you want to save the changes you made to 3 scenarios?');
  expect(deps.removeBackup.mock.calls).toEqual([[BACKUP], [OTHER]]);
  expect(deps.close).toHaveBeenCalled();
});

it('Cancel: the window stays, and a quit in progress is called off', async () => {
  const { doc, deps } = setup('cancel');
  expect(doc.onClose()).toBe(false);
  await flush();
  expect(deps.cancelled).toHaveBeenCalled();
  expect(deps.close).not.toHaveBeenCalled();
  expect(deps.removeBackup).not.toHaveBeenCalled();
});

it("Don't save: the backup is removed (nothing to restore next time) and the window closes", async () => {
  const { doc, deps } = setup('discard');
  expect(doc.onClose()).toBe(false);
  await flush();
  expect(deps.removeBackup).toHaveBeenCalledWith(BACKUP);
  expect(doc.discarded).toBe(true);
  expect(deps.close).toHaveBeenCalled();
  // The close that follows goes through.
  expect(doc.onClose()).toBe(true);
});

it('Save: the renderer is asked to save; the window closes once it did', async () => {
  const { doc, deps } = setup('save');
  expect(doc.onClose()).toBe(false);
  await flush();
  expect(deps.requestSave).toHaveBeenCalledWith(expect.stringMatching(/^[0-9a-f-]{36}$/));
  expect(deps.close).not.toHaveBeenCalled();
  const requestId = deps.requestSave.mock.calls[0]![0] as string;
  doc.saveDone('00000000-0000-4000-8000-000000000000', true); // not this request: ignored
  await flush();
  expect(deps.close).not.toHaveBeenCalled();
  doc.saveDone(requestId, true);
  await flush();
  expect(deps.close).toHaveBeenCalled();
  expect(deps.removeBackup).not.toHaveBeenCalled(); // the renderer removes it after its clean save
});

it('Save that did not happen (Save As cancelled, a conflict, an error): the window stays', async () => {
  const { doc, deps } = setup('save');
  doc.onClose();
  await flush();
  doc.saveDone(deps.requestSave.mock.calls[0]![0] as string, false);
  await flush();
  expect(deps.close).not.toHaveBeenCalled();
  expect(deps.cancelled).toHaveBeenCalled();
});

it('asks once, however often close is pressed while the question is open', async () => {
  const { doc, deps } = setup('cancel');
  let answer!: (a: CloseAnswer) => void;
  deps.ask.mockImplementationOnce(() => new Promise<CloseAnswer>((resolve) => (answer = resolve)));
  doc.onClose();
  doc.onClose();
  doc.onClose();
  await flush();
  expect(deps.ask).toHaveBeenCalledTimes(1);
  answer('cancel');
  await flush();
  doc.onClose();
  await flush();
  expect(deps.ask).toHaveBeenCalledTimes(2);
});

it('when the renderer is gone (crashed), the window may close; its work is in the backup', async () => {
  const { doc, deps } = setup('save');
  doc.onClose();
  await flush();
  doc.rendererGone();
  await flush();
  expect(deps.cancelled).toHaveBeenCalled();
  expect(doc.onClose()).toBe(true);
});

it('a page loaded anew (a reload after a crash) starts clean, and the guard is back', async () => {
  const { doc, deps } = setup('cancel');
  doc.rendererGone();
  doc.reset();
  expect(doc.state).toMatchObject({ dirty: false, backupIds: [], lang: 'nl' });
  expect(doc.onClose()).toBe(true); // nothing unsaved in the new page yet
  doc.update({ ...doc.state, dirty: true });
  expect(doc.onClose()).toBe(false);
  await flush();
  expect(deps.ask).toHaveBeenCalledTimes(1);
});

it('a renderer that hangs while asked to save: the close is called off, and closing again asks again', async () => {
  const { doc, deps } = setup('save');
  doc.onClose();
  await flush();
  doc.rendererUnresponsive();
  await flush();
  expect(deps.cancelled).toHaveBeenCalled();
  expect(deps.close).not.toHaveBeenCalled();
  deps.ask.mockResolvedValueOnce('discard');
  expect(doc.onClose()).toBe(false);
  await flush();
  await flush();
  expect(deps.close).toHaveBeenCalled();
});
