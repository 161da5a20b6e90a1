// The languages of the app, the CLI, the menus and every export: defined here once. A language is
// one entry below plus its catalogue (shared/i18n/<id>.ts, registered in catalogues.ts, which the
// compiler asks for). `qps` is the pseudo-locale: English with every string wrapped and made
// ~40% longer, so that a test sees any text that does not come from a catalogue and any layout
// that breaks on longer words. It is never offered to users; `?lang=qps` in the browser shows it.

export const LANGUAGES = {
  nl: { tag: 'nl', locale: 'nl-NL', name: 'Nederlands', pseudo: false },
  en: { tag: 'en', locale: 'en-GB', name: 'English', pseudo: false },
  qps: { tag: 'en', locale: 'en-GB', name: 'Pseudo', pseudo: true },
} as const;

export type Lang = keyof typeof LANGUAGES;

/** The languages offered to users, default first. */
export const USER_LANGS = (Object.keys(LANGUAGES) as Lang[]).filter((id) => !LANGUAGES[id].pseudo);

export const DEFAULT_LANG: Lang = 'nl';

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(LANGUAGES, value);
}

/** The language after `lang` among those offered to users (the language toggle); a pseudo-locale goes to the default. */
export function nextLang(lang: Lang): Lang {
  const i = USER_LANGS.indexOf(lang);
  return USER_LANGS[(i + 1) % USER_LANGS.length] ?? DEFAULT_LANG;
}

/** The value for an HTML `lang` attribute (a pseudo-locale's text is English). */
export function tagOf(lang: Lang): string {
  return LANGUAGES[lang].tag;
}

/** The BCP 47 locale whose Intl conventions (numbers, dates, plurals, lists) a language uses. */
export function localeOf(lang: Lang): string {
  return LANGUAGES[lang].locale;
}
