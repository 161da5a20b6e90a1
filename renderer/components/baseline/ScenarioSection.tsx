import type { Problem } from '../../../shared/scenario/problems';
import type { Scenario } from '../../../shared/scenario/schema';
import { TextField } from '../fields/TextField';
import { useText } from '../../i18n/use-text';
import { useAppStore } from '../../store/store';
import { short } from './labels';
import { scenarioOf } from '../../store/documents-slice';

type TextKey = 'title' | 'municipality' | 'author' | 'description';

/** Commit a text field of the scenario; an empty optional field is removed from the file. */
function commitText(key: TextKey, label: string, value: string): Problem[] {
  return useAppStore.getState().tryCommit(label, (d: Scenario) => {
    if (key !== 'title' && value.trim() === '') delete d[key];
    else d[key] = value;
  });
}

/** Title, municipality, author and description of the scenario. */
export function ScenarioSection() {
  const t = useText().baseline;
  const title = useAppStore((s) => scenarioOf(s)?.title ?? '');
  const municipality = useAppStore((s) => scenarioOf(s)?.municipality ?? '');
  const author = useAppStore((s) => scenarioOf(s)?.author ?? '');
  const description = useAppStore((s) => scenarioOf(s)?.description ?? '');
  const field = (key: TextKey, what: string, old: string) => (value: string) =>
    commitText(key, t.changed(what, short(old, t.empty), short(value, t.empty)), value);
  return (
    <div className="baseline-form baseline-form--scenario">
      <div className="baseline-form__wide">
        <TextField label={t.title} value={title} onCommit={field('title', t.title, title)} />
      </div>
      <TextField label={t.municipality} value={municipality} onCommit={field('municipality', t.municipality, municipality)} />
      <TextField label={t.author} value={author} onCommit={field('author', t.author, author)} />
      <div className="baseline-form__wide">
        <TextField label={t.description} value={description} multiline onCommit={field('description', t.description, description)} />
        <p className="baseline-hint">{t.descriptionHint}</p>
      </div>
    </div>
  );
}
