// A piece of text as data: a message id of the catalogue and its arguments. The domain returns
// these (problems, explanation steps, compare sentences); whoever shows them renders them in the
// reader's language. Ids are typed: `text('scenario.unknownField', 'foo')` is checked against the
// catalogue's message and its parameters, and an id that does not exist does not compile.
import { CATALOGUES, type Catalogue } from './catalogues';
import type { Lang } from './languages';

type Leaf = string | ((...args: never[]) => string);

type Paths<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends Leaf ? `${P}${K}` : T[K] extends object ? Paths<T[K], `${P}${K}.`> : never;
}[keyof T & string];

type At<T, P extends string> = P extends `${infer H}.${infer R}`
  ? H extends keyof T
    ? At<T[H], R>
    : never
  : P extends keyof T
    ? T[P]
    : never;

/** Every message of the catalogue, by its path: 'scenario.unknownField'. */
export type MessageId = Paths<Catalogue>;

/** A message's parameters; a string parameter may also be given as a Text, rendered first. */
export type MessageArgs<K extends MessageId> =
  At<Catalogue, K> extends (...args: infer A) => string ? { [I in keyof A]: A[I] extends string ? string | Text : A[I] } : [];

export interface Text {
  id: MessageId;
  args?: unknown[];
}

export function text<K extends MessageId>(id: K, ...args: MessageArgs<K>): Text {
  return args.length === 0 ? { id } : { id, args: [...args] };
}

export function isText(value: unknown): value is Text {
  return value !== null && typeof value === 'object' && typeof (value as { id?: unknown }).id === 'string';
}

/** The message in the given language. Throws for an id not in the catalogue (a programming error). */
export function render(lang: Lang, value: Text): string {
  let entry: unknown = CATALOGUES[lang];
  for (const part of value.id.split('.')) {
    entry = entry !== null && typeof entry === 'object' ? (entry as Record<string, unknown>)[part] : undefined;
  }
  if (typeof entry === 'string') return entry;
  if (typeof entry !== 'function') throw new Error(`No message "${value.id}" in the ${lang} catalogue`);
  const args = (value.args ?? []).map((arg) => renderArg(lang, arg));
  return (entry as (...a: unknown[]) => string)(...args);
}

function renderArg(lang: Lang, arg: unknown): unknown {
  if (isText(arg)) return render(lang, arg);
  if (Array.isArray(arg)) return arg.map((item) => renderArg(lang, item));
  return arg;
}

/** The catalogue of a language, for code that shows its own fixed words. */
export function catalogue(lang: Lang): Catalogue {
  return CATALOGUES[lang];
}
