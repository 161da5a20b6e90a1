// The fields a spreadsheet column can be read as, their names (in the catalogue), and the guess
// from a column's heading ("Omschrijving", "Begroting 2024 (x € 1.000)", "Aantal cliënten").
import type { Lang } from '../i18n/languages';
import { catalogue } from '../i18n/text';

export const IMPORT_FIELDS = [
  'name',
  'kind',
  'amount',
  'volume',
  'unitCost',
  'group',
  'organisation',
  'taakveld',
  'wageShare',
  'volumeGrowth',
  'notes',
  'year',
  'regularity',
  'estimate',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];
/** What one column is read as; 'ignore' leaves it out. */
export type ColumnField = ImportField | 'ignore';
export const COLUMN_FIELDS: readonly ColumnField[] = [...IMPORT_FIELDS, 'ignore'];

/** A field's name as shown (catalogue area `importing.field`). */
export function fieldLabel(field: ColumnField, lang: Lang): string {
  return catalogue(lang).importing.field[field];
}

/** Lower case, no accents, punctuation as spaces, single spaces: "Aantal cliënten (2024)" → "aantal clienten 2024". */
export function normalizeHeading(text: string): string {
  return text
    .replace(/×/g, ' x ')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9%€]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Heading words per field, normalized. A heading that IS one of these scores highest; one that
 * starts with one next; one that contains one as whole words last. More specific phrases are
 * listed so that "prijs per client" (unitCost) beats "client" (volume).
 */
const SYNONYMS: Record<ImportField, readonly string[]> = {
  name: [
    'omschrijving', 'naam', 'begrotingsregel', 'begrotingspost', 'post', 'regel', 'product', 'productnaam', 'voorziening',
    'onderdeel', 'activiteit', 'subsidieregeling', 'kostenplaats omschrijving', 'omschrijving kostenplaats', 'grootboek omschrijving',
    'name', 'description', 'line', 'budget line', 'item', 'line item', 'provision',
  ],
  kind: ['soort', 'soort voorziening', 'soort regel', 'type', 'categorie', 'kind', 'category', 'line kind', 'type of provision'],
  amount: [
    'bedrag', 'bedragen', 'begroting', 'begroot', 'budget', 'raming', 'primitieve begroting', 'begrote lasten', 'lasten', 'kosten',
    'subsidiebedrag', 'subsidie', 'totaal', 'totaalbedrag', 'amount', 'budgeted', 'cost', 'costs', 'expenditure', 'estimate', 'total',
    '€', 'euro', 'eur',
  ],
  volume: [
    'aantal', 'aantal clienten', 'clienten', 'aantal deelnemers', 'deelnemers', 'aantal cliënten', 'aantal trajecten', 'trajecten',
    'aantal indicaties', 'indicaties', 'aantal huishoudens', 'volume', 'clients', 'number of clients', 'participants', 'count', 'quantity',
  ],
  unitCost: [
    'prijs per client', 'kosten per client', 'tarief', 'prijs', 'kostprijs', 'gemiddelde prijs', 'gemiddelde kosten per client',
    'prijs per deelnemer', 'kosten per deelnemer', 'prijs per traject', 'kosten per traject', 'p', 'unit cost', 'cost per client',
    'price', 'price per client', 'tariff', 'average cost',
  ],
  group: ['groep', 'cluster', 'programma', 'beleidsveld', 'domein', 'group', 'programme', 'program', 'cluster name'],
  organisation: [
    'organisatie', 'partner', 'aanbieder', 'zorgaanbieder', 'instelling', 'subsidieontvanger', 'ontvanger', 'crediteur', 'leverancier',
    'aanvrager', 'subsidieaanvrager', 'begunstigde', 'applicant',
    'organisation', 'organization', 'provider', 'recipient', 'grantee', 'supplier',
  ],
  taakveld: ['taakveld', 'iv3', 'iv3 taakveld', 'taakveld iv3', 'taakveldcode', 'functie', 'task field', 'taakveld code'],
  wageShare: [
    'loonaandeel', 'looncomponent', 'aandeel loon', 'aandeel loonkosten', 'loonkostenaandeel', 'loon', 'wage share', 'wage component',
    'share of wages', 'wages',
  ],
  volumeGrowth: ['groei', 'autonome groei', 'volumegroei', 'groei per jaar', 'groeipercentage', 'growth', 'volume growth', 'autonomous growth', 'growth per year'],
  /** The year a row is for (a subsidy register: "Subsidiejaar"); rows of another year than the base year are left out. */
  year: ['subsidiejaar', 'boekjaar', 'begrotingsjaar', 'jaar', 'subsidy year', 'budget year', 'year'],
  /** Structural or one-off ("Regelmaat": structureel, incidenteel, eenmalig). */
  regularity: ['regelmaat', 'structureel incidenteel', 'structureel of incidenteel', 'incidenteel structureel', 'aard', 'regularity', 'recurrence', 'structural or one off'],
  /**
   * A column of a multi-year estimate ("Begroting 2025", "Raming 2026"): the amount of the year
   * its heading names. Never guessed from a heading alone: guessMapping gives it to the amount
   * columns when two or more name different years (mapping.ts).
   */
  estimate: [],
  notes: [
    'toelichting', 'opmerking', 'opmerkingen', 'bron', 'notitie', 'notities', 'memo', 'notes', 'note', 'comment', 'comments',
    'remarks', 'explanation', 'source',
  ],
};

const GRANTED = /\b(verleend|verleende|toegekend|toegekende|beschikt|granted|awarded)\b/;
const SETTLED = /\b(vastgesteld|vastgestelde|definitief|settled|final)\b/;
const REQUESTED = /\b(aangevraagd|aangevraagde|gevraagd|requested|applied)\b/;

/** Words that may head an amount column but also other things: they lose to any other guess. */
const WEAK = new Set(['totaal', 'total', 'totaalbedrag', '€', 'euro', 'eur', 'kosten', 'lasten', 'cost', 'costs']);

/** Headings that name figures other than the base budget: actuals, changes, last year's accounts. */
const NOT_AMOUNT = /\b(realisatie|rekening|jaarrekening|werkelijk|actuals?|realised|realized|verschil|mutatie|afwijking|difference|change|variance|wijziging|bijstelling)\b/;

export interface HeadingGuess {
  field: ColumnField;
  /** 3 exact, 2 starts with, 1 contains, 0 none. */
  score: number;
}

const THOUSANDS = /\bx\s*€?\s*1\s*000\b|\bx1000\b|\bin duizenden( euro)?\b|\bin thousands\b|\bk€|€k\b|\bx\s*€?\s*1k\b/;

/** The words of a heading without years, units and currency: "begroting 2024 x € 1 000" → "begroting". */
function wordsWithoutYearsAndUnits(norm: string): string {
  return norm
    .replace(/\b(19|20)\d{2}\b/g, ' ')
    .replace(new RegExp(MILLIONS.source, 'g'), ' ')
    .replace(new RegExp(THOUSANDS.source, 'g'), ' ')
    .replace(/\bin (euro|eur|€)\b|[€%]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The field a heading names, with how sure the guess is. */
export function guessHeading(heading: string): HeadingGuess {
  const norm = normalizeHeading(heading);
  if (norm === '') return { field: 'ignore', score: 0 };
  const bare = wordsWithoutYearsAndUnits(norm) || norm;
  let best: HeadingGuess = { field: 'ignore', score: 0 };
  let bestLength = 0;
  for (const field of IMPORT_FIELDS) {
    for (const word of SYNONYMS[field]) {
      const w = normalizeHeading(word) || word;
      let score = 0;
      if (bare === w) score = 3;
      else if (bare.startsWith(`${w} `)) score = 2;
      else if (` ${bare} `.includes(` ${w} `)) score = 1;
      if (score === 0) continue;
      if (WEAK.has(w)) score = 1;
      // A higher score wins; at equal scores the longer (more specific) phrase.
      if (score > best.score || (score === best.score && w.length > bestLength)) {
        best = { field, score };
        bestLength = w.length;
      }
    }
  }
  if (best.field === 'amount' && NOT_AMOUNT.test(norm)) return { field: 'ignore', score: 0 };
  // A subsidy register's amounts: what was granted, else what was settled, else what was asked.
  if (best.field === 'amount' && best.score < 3) {
    if (GRANTED.test(norm)) return { field: 'amount', score: 3 };
    if (SETTLED.test(norm)) return { field: 'amount', score: 2 };
    if (REQUESTED.test(norm)) return { field: 'amount', score: 1 };
  }
  // "Naam organisatie", "Name of partner": the name of something else.
  const of = /^(naam|name)( of| van)? (.+)$/.exec(bare);
  if (of && best.field === 'name') {
    const rest = guessHeading(of[3] as string);
    if (rest.score === 3 && rest.field !== 'name') return rest;
  }
  return best;
}

/** Headings only a subsidy register has: the applicant and the subsidy year. */
const REGISTER = /\b(aanvrager|subsidieaanvrager|subsidieontvanger|begunstigde|applicant|grantee|subsidiejaar|subsidy year)\b/;

/**
 * Whether mapped columns are a subsidy register's: an applicant as organisation, a subsidy year,
 * or a granted or requested amount ("Verleend bedrag"). A settled amount alone is not enough: a
 * budget has a "Vastgestelde begroting" too.
 */
export function namesSubsidyRegister(columns: readonly { field: ColumnField; heading: string }[]): boolean {
  return columns.some(({ field, heading }) => {
    const norm = normalizeHeading(heading);
    if (field === 'organisation' || field === 'year') return REGISTER.test(norm);
    return field === 'amount' && (GRANTED.test(norm) || REQUESTED.test(norm));
  });
}

/** The year a heading names ("Begroting 2024" → 2024), if one. */
export function headingYear(heading: string): number | undefined {
  const m = /(?:^|\D)((?:19|20)\d{2})(?:\D|$)/.exec(heading);
  return m ? Number(m[1]) : undefined;
}

/** Millions: "x € 1.000.000", "x € 1 mln", "in miljoenen", "bedragen in miljoenen", "€ mln". */
const MILLIONS = /\bx\s*€?\s*1\s*000\s*000\b|\bx\s*€?\s*1\s*(mln|miljoen|mio|million|m)\b|\bin miljoenen( euro)?\b|\bin millions\b|€\s*mln\b|\bmln\s*€|\bmiljoenen euro/;

/** The scale a text says amounts are written in: 1000 for thousands, 1,000,000 for millions, else 1. */
export function unitFactor(text: string): 1 | 1000 | 1000000 {
  const norm = normalizeHeading(text);
  if (MILLIONS.test(norm)) return 1000000;
  if (THOUSANDS.test(norm)) return 1000;
  return 1;
}

/** Whether a heading names its unit: a scale, or plainly euros ("Bedrag (in euro)", "Bedrag €"). */
export function headingGivesUnit(heading: string): boolean {
  const norm = normalizeHeading(heading);
  return unitFactor(heading) !== 1 || /\bin (euro|euros|eur)\b|€/.test(norm);
}

/** The scale a column's heading gives its amounts ("Begroting 2024 x € 1.000"), else 1. */
export function headingMultiplier(heading: string): number {
  return unitFactor(heading);
}

/** Reads a field name as typed on the command line: the English id or a Dutch or English label. */
export function fieldFromName(text: string): ColumnField | undefined {
  const t = normalizeHeading(text).replace(/\s+/g, '');
  const aliases: Record<string, ColumnField> = {
    naam: 'name', omschrijving: 'name', soort: 'kind', bedrag: 'amount', aantal: 'volume', clients: 'volume', clienten: 'volume',
    aantalclienten: 'volume', prijs: 'unitCost', tarief: 'unitCost', prijsperclient: 'unitCost', costperclient: 'unitCost',
    groep: 'group', organisatie: 'organisation', organization: 'organisation', partner: 'organisation', loonaandeel: 'wageShare',
    groei: 'volumeGrowth', growth: 'volumeGrowth', toelichting: 'notes', negeren: 'ignore', overslaan: 'ignore', skip: 'ignore',
    nietimporteren: 'ignore', none: 'ignore',
      jaar: 'year', subsidiejaar: 'year', regelmaat: 'regularity', meerjarenraming: 'estimate', raming: 'estimate',
    bedraginjaar: 'estimate', multiyear: 'estimate', multiyearestimate: 'estimate',
  };
  for (const field of COLUMN_FIELDS) if (field.toLowerCase() === t) return field;
  return aliases[t];
}
