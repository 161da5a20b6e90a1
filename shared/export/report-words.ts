// A fixed word of the exports by its key, for tables that name their columns, sheets or rows by
// key. Words with parameters are called directly: catalogue(lang).report.totalSpan(span).
import type { Catalogue } from '../i18n/catalogues';
import type { Lang } from '../i18n/languages';
import { catalogue } from '../i18n/text';

type Report = Catalogue['report'];

/** The keys of the `report` area whose message is a plain string. */
export type ReportWord = { [K in keyof Report]: Report[K] extends string ? K : never }[keyof Report];

export const reportWord = (lang: Lang, key: ReportWord): string => catalogue(lang).report[key];
