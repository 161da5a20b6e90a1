// The languages of the app, the CLI, the menus and every export: defined here once. A language is
// one entry below plus its catalogue (shared/i18n/<id>.ts, registered in catalogues.ts, which the
// compiler asks for). `qps` is the pseudo-locale: English with every string wrapped and made
// ~40% longer, so that a test sees any text that does not come from a catalogue and any layout
// that breaks on longer words. It is never offered to users.

export const LANGUAGES = {
  nl: { locale: 'nl-NL', name: 'Nederlands', pseudo: false },
  en: { locale: 'en-GB', name: 'English', pseudo: false },
  qps: { locale: 'en-GB', name: 'Pseudo', pseudo: true },
} as const;

export type Lang = keyof typeof LANGUAGES;

/** The languages offered to users, default first. */
export const USER_LANGS = (Object.keys(LANGUAGES) as Lang[]).filter((id) => !LANGUAGES[id].pseudo);

export const DEFAULT_LANG: Lang = 'nl';

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(LANGUAGES, value);
}

/** The BCP 47 locale whose Intl conventions (numbers, dates, plurals, lists) a language uses. */
export function localeOf(lang: Lang): string {
  return LANGUAGES[lang].locale;
}
