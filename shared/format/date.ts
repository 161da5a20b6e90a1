// Dates for display: nl-NL ("5 maart 2024", "05-03-2024") and en-GB ("5 March 2024", "05/03/2024").
import { localeOf, type Lang } from '../i18n/languages';

export interface DateOptions {
  lang: Lang;
  /** 'long': "5 maart 2024"; 'short': "05-03-2024". Default 'long'. */
  style?: 'long' | 'short';
  /** For a date-time; default the machine's own zone. A bare date (YYYY-MM-DD) is never shifted. */
  timeZone?: string;
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

function toDate(value: Date | string): Date | null {
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

// A bare date is parsed as UTC midnight; formatting it in the local zone could show the day
// before, so it is formatted in UTC.
function zoneFor(value: Date | string, timeZone: string | undefined): string | undefined {
  return typeof value === 'string' && DATE_ONLY.test(value) ? 'UTC' : timeZone;
}

/** A calendar date. An unreadable value is returned as given rather than "Invalid Date". */
export function formatDate(value: Date | string, options: DateOptions): string {
  const date = toDate(value);
  if (!date) return String(value);
  const { lang, style = 'long' } = options;
  return new Intl.DateTimeFormat(localeOf(lang), {
    dateStyle: style,
    timeZone: zoneFor(value, options.timeZone),
  }).format(date);
}

/** A date with the time of day: "5 maart 2024 om 14:02" / "5 March 2024 at 14:02". */
export function formatDateTime(value: Date | string, options: DateOptions): string {
  const date = toDate(value);
  if (!date) return String(value);
  const { lang, style = 'long' } = options;
  return new Intl.DateTimeFormat(localeOf(lang), {
    dateStyle: style,
    timeStyle: 'short',
    timeZone: zoneFor(value, options.timeZone),
  }).format(date);
}
