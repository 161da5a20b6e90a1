// Every language's catalogue, by language id. Dutch is the source: its shape is the Catalogue
// type, and each other catalogue must have every message with the same parameters. A language
// listed in languages.ts without a catalogue here does not compile.
import { en } from './en';
import type { Lang } from './languages';
import { nl } from './nl';
import { pseudoCatalogue } from './pseudo';

export type Catalogue = typeof nl;

export const CATALOGUES: Record<Lang, Catalogue> = { nl, en, qps: pseudoCatalogue(en) };
