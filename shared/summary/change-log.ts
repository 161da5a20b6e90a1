// The change log of an editing session: the labelled steps, as Markdown for a council proposal's
// audit trail. Times in the user's language (nl-NL / en-GB), in the time zone given.
import { localeOf, type Lang } from '../i18n/languages';
import { catalogue } from '../i18n/text';

export interface ChangeLogEntry {
  label: string;
  /** ISO 8601 time of the step. */
  at: string;
}

export function changeLogMarkdown(
  title: string,
  entries: readonly ChangeLogEntry[],
  lang: Lang,
  timeZone?: string,
): string {
  const t = catalogue(lang).history.changeLog;
  const when = new Intl.DateTimeFormat(localeOf(lang), { dateStyle: 'short', timeStyle: 'short', timeZone });
  const heading = t.heading(title);
  if (entries.length === 0) return `${heading}\n\n${t.empty}\n`;
  const rows = entries.map((e, i) => `${i + 1}. ${when.format(new Date(e.at))} — ${e.label.replace(/\n/g, ' ')}`);
  return `${heading}\n\n${rows.join('\n')}\n`;
}
