import { clip, joinList } from '../../scenario/visible';
import { formatters } from '../format';

const f = formatters('nl');

/** A value from the file, quoted („…”), cut short, what does not print made visible. */
const q = (value: string): string => `„${clip(value)}”`;
/** A number from the file as written, with a decimal comma; NaN and infinity in words. */
const num = (n: number): string => {
  if (Number.isNaN(n)) return 'geen getal (NaN)';
  if (!Number.isFinite(n)) return n > 0 ? 'oneindig' : 'min oneindig';
  return String(n).replace('.', ',');
};
const or = (items: readonly string[]): string => joinList(items, 'of');

/** An amount beyond the limit: its size, not its digits, once it no longer fits a line. */
const amount = (x: number): string => {
  if (!Number.isFinite(x)) return 'een getal dat niet meer te berekenen is';
  if (Math.abs(x) >= 1e16) {
    const [mantissa = '', exponent = ''] = x.toExponential(1).split('e');
    return `ongeveer €\u00a0${mantissa.replace('.', ',')} × 10^${Number(exponent)}`;
  }
  return f.money(x);
};

export const scenario = {

  /** What a value from the file is. */
  value: {
    text: (value: string) => `de tekst ${q(value)}`,
    number: (value: number) => `het getal ${num(value)}`,
    boolean: (value: boolean) => `de waarde ${value}`,
    null: 'de waarde null',
    list: 'een lijst […]',
    object: 'een groep velden {…}',
    other: 'een waarde die in JSON niet bestaat',
  },

  /** The location as the subject of a sentence. */
  subject: {
    file: 'Het bestand',
    line: (n: number) => `Regel ${n}`,
    measure: (n: number) => `Maatregel ${n}`,
    itemOf: (n: number, parent: string) => `Element ${n} van ${q(parent)}`,
    item: (n: number) => `Element ${n}`,
    yearIn: (year: string, table: string) => `De waarde voor ${year} in ${q(table)}`,
    field: (name: string) => q(name),
  },

  /** Short explanations of fields. */
  help: {
    format: 'dit bestand is een scenario',
    title: 'de naam van het scenario',
    baseYear: 'het jaar waarin de bedragen van de regels gelden',
    horizon: 'de jaren van de doorrekening, zoals { "from": 2024, "to": 2028 }',
    from: 'het eerste jaar',
    to: 'het laatste jaar',
    lines: 'de begrotingsregels',
    id: 'een korte unieke code van kleine letters, zoals „bibliotheek”',
    name: 'de naam zoals gebruikers die zien',
    kind: 'subsidy, individual, collective of other',
    type: 'cut, volumeChange, unitCostChange, shift of fixed',
    wageShare: 'het deel van de kosten dat de loonindex volgt, van 0 tot 1',
    volumeGrowth: 'de autonome groei per jaar als breuk, 0.02 is 2 %',
    rate: 'een breuk: 0.2 is 20 %',
    share: 'het deel dat per jaar verschuift, van 0 tot 1',
    amounts: 'bedragen per jaar, zoals { "2025": 50000 }',
    low: 'de laagste factor, van 0 tot 1',
    high: 'de hoogste factor, 1 of meer',
  },
  withHelp: (sentence: string, help: string) => `${sentence}: ${help}.`,
  sentence: (sentence: string) => `${sentence}.`,

  /** What the schema finds (zod's issues, in our words). */
  schema: {
    numberAsText: (subject: string, value: string, written: string) =>
      `${subject} is tekst (${q(value)}), maar moet een getal zijn: schrijf het zonder aanhalingstekens, als ${written}.`,
    notFinite: (subject: string, value: number) =>
      `${subject} is geen bruikbaar getal (${num(value)}); een getal als 1e400 is te groot om mee te rekenen.`,
    notWhole: (subject: string, value: number) => `${subject} moet een geheel getal zijn (nu ${num(value)}).`,
    expected: {
      number: 'een getal',
      int: 'een geheel getal',
      string: 'tekst',
      boolean: 'true of false',
      array: 'een lijst […]',
      object: 'een groep velden {…}',
      record: 'een tabel met jaren, zoals { "2025": 0.5 }',
      other: 'iets anders',
    },
    wrongType: (subject: string, expected: string, received: string) => `${subject} moet ${expected} zijn, maar is ${received}.`,
    emptyText: (subject: string) => `${subject} mag niet leeg zijn.`,
    textTooShort: (subject: string, limit: number) => `${subject} is te kort: minstens ${limit} tekens.`,
    textTooLong: (subject: string, limit: number, length: number) =>
      `${subject} is te lang: hoogstens ${limit} tekens (nu ${length}).`,
    noLines: 'Een scenario heeft minstens één begrotingsregel nodig; „lines” is leeg.',
    tooFewItems: (subject: string, limit: number) => `${subject} moet minstens ${limit} element(en) bevatten.`,
    tooManyItems: (subject: string, limit: number) => `${subject} mag hoogstens ${limit} element(en) bevatten.`,
    atLeast: (limit: number) => `minstens ${num(limit)}`,
    greaterThan: (limit: number) => `groter dan ${num(limit)}`,
    atMost: (limit: number) => `hoogstens ${num(limit)}`,
    lessThan: (limit: number) => `kleiner dan ${num(limit)}`,
    /** `now`: the value found, when a number; `percent`: a percentage written where a fraction belongs. */
    outOfRange: (subject: string, bound: string, now?: number, percent?: number) =>
      `${subject} moet ${bound} zijn${now === undefined ? '' : ` (nu ${num(now)})`}.` +
      (percent === undefined ? '' : ` Schrijf een percentage als breuk: ${num(percent)} % is ${num(percent / 100)}.`),
    invalidDateTime: (subject: string, value: string) =>
      `${subject} is geen geldig tijdstip (${q(value)}); schrijf het als ISO 8601, bijvoorbeeld „2025-03-01T09:30:00+01:00”.`,
    invalidId: (value: string, suggestion?: string) =>
      `${q(value)} is geen geldige id: gebruik alleen kleine letters, cijfers, „-” en „_”, begin met een letter of cijfer, hoogstens 64 tekens.` +
      (suggestion === undefined ? '' : ` Bijvoorbeeld ${q(suggestion)}.`),
    invalidFormat: (subject: string, value: string) => `${subject} heeft niet de juiste vorm (${q(value)}).`,
    kindChoices:
      'subsidy (subsidie aan een partner), individual (maatwerkvoorziening), collective (algemene voorziening) of other (overig)',
    choices: (options: string[]) => or(options),
    invalidChoice: (subject: string, choices: string, received: string, guess?: string) =>
      `${subject} moet ${choices} zijn, maar is ${received}.${guess === undefined ? '' : ` Bedoelde u ${q(guess)}?`}`,
    unknownFieldGuess: (key: string, guess: string) => `Onbekend veld ${q(key)}. Bedoelde u ${q(guess)}?`,
    unknownFieldOfType: (key: string, type: string, owners: string[]) =>
      `Onbekend veld ${q(key)} voor een maatregel van type ${q(type)}; dit veld hoort bij type ${or(owners)}.`,
    unknownField: (key: string, allowed: string[]) =>
      `Onbekend veld ${q(key)}.${allowed.length > 0 ? ` Toegestaan zijn: ${allowed.join(', ')}.` : ''}`,
    unknownMeasureType: (received: string, types: string[], guess?: string) =>
      `Onbekend type maatregel: ${received}. Kies ${or(types)}.${guess === undefined ? '' : ` Bedoelde u ${q(guess)}?`}`,
    yearOutOfRange: (year: string, min: number, max: number, table?: string) =>
      `Het jaar ${year}${table === undefined ? '' : ` in ${q(table)}`} valt buiten ${min}–${max}.`,
    invalidYear: (key: string, table?: string) =>
      `${q(key)}${table === undefined ? '' : ` in ${q(table)}`} is geen jaartal: schrijf een jaar met vier cijfers, zoals „2025”.`,
    invalidValue: (subject: string) => `${subject} heeft een ongeldige waarde.`,
    missingField: (key: string) => `Het verplichte veld ${q(key)} ontbreekt`,
  },

  /** Where a text stops being valid JSON. */
  json: {
    endOfFile: 'het einde van het bestand',
    char: (shown: string) => `„${shown}”`,
    badUnicodeEscape: 'Ongeldige \\u-code in tekst: na \\u horen vier hexadecimale cijfers.',
    badEscape: (found: string) => `Ongeldig teken na een backslash in tekst: ${found}. Schrijf een backslash als \\\\.`,
    controlInString:
      'Tekst tussen aanhalingstekens loopt over een regeleinde of bevat een stuurteken; sluit de tekst af met " of schrijf \\n.',
    unclosedString: 'Deze tekst wordt niet afgesloten met een aanhalingsteken (").',
    /** `open`: the brackets still open, innermost last ('{' or '['). */
    endsUnexpectedly: (open: string[]) =>
      `Het bestand houdt onverwacht op;${
        open.length > 0
          ? ` er ontbreekt nog ${open
              .map((c) => (c === '{' ? '„}”' : '„]”'))
              .reverse()
              .join(' ')}`
          : ' er ontbreekt een waarde'
      }.`,
    singleQuotes: 'JSON gebruikt dubbele aanhalingstekens ("), geen enkele (\').',
    comment: 'JSON kent geen commentaar; haal het weg of zet het in „notes”.',
    decimalComma: 'Een getal met een komma als decimaalteken? JSON schrijft decimalen met een punt: 0.25, niet 0,25.',
    trailingComma: (found: string) => `Een komma te veel vóór ${found}: na het laatste element hoort geen komma.`,
    expected: {
      value: 'een waarde',
      valueOrClose: 'een waarde of „]”',
      key: 'een veldnaam tussen dubbele aanhalingstekens',
      keyOrClose: 'een veldnaam tussen dubbele aanhalingstekens of „}”',
      colon: '„:” na de veldnaam',
      commaOrCloseObject: '„,” of „}” (ontbreekt er een komma?)',
      commaOrCloseArray: '„,” of „]” (ontbreekt er een komma?)',
      end: 'het einde van het bestand',
    },
    expectedFound: (expected: string, found: string) => `Verwacht ${expected}, maar vond ${found}.`,
    trailingContent: (found: string) => `Na het einde van de JSON staat nog iets: ${found}.`,
    nanInfinity: 'NaN en Infinity zijn geen getallen in JSON.',
    badNumber:
      'Dit getal is niet goed geschreven: gebruik een punt als decimaalteken (0.25), zonder voorloopnullen, plusteken of duizendtalscheiding.',
  },

  /** Reading the file: text, JSON, format and version. */
  file: {
    missingFormat: (format: string) => `Dit is geen scenariobestand: het veld „format” ontbreekt (verwacht „${format}”).`,
    wrongFormat: (found: string, format: string) => `Dit is geen scenariobestand: „format” is ${found}, verwacht „${format}”.`,
    newerVersion: (version: number, current: number) =>
      `Dit bestand is gemaakt met een nieuwere versie van de app (bestandsversie ${version}; deze app leest tot en met versie ${current}). Werk de app bij om het te openen.`,
    unknownVersion: (version: number) => `Versie ${version} bestaat niet; scenariobestanden beginnen bij versie 1.`,
    missingVersion: (current: number) => `Het verplichte veld „version” ontbreekt (voor deze app: ${current}).`,
    versionNotWhole: (current: number, now: number) =>
      `„version” moet een geheel getal zijn, zoals ${current} (nu ${num(now)}).`,
    versionAsText: (value: string, written: string) =>
      `„version” is tekst (${q(value)}), maar moet een getal zijn: schrijf het zonder aanhalingstekens, als ${written}.`,
    invalidVersion: (current: number, found: string) => `„version” moet een geheel getal zijn, zoals ${current}, maar is ${found}.`,
    notAnObject: (found: string) =>
      `Dit is geen scenariobestand: verwacht een groep velden {…}, maar het bestand bevat ${found}.`,
    invalid: 'Dit scenariobestand is ongeldig.',
    unreadable: 'Dit bestand kon niet worden gelezen als scenario.',
    notText: 'Dit bestand bevat geen tekst.',
    empty: 'Het bestand is leeg.',
    invalidJson: 'Dit bestand is geen geldige JSON (of het is te diep genest om te lezen).',
    invalidJsonAt: (line: number, column: number, message: string) =>
      `Dit bestand is geen geldige JSON: regel ${line}, kolom ${column}: ${message}`,
    secondByteOrderMark:
      'Dit bestand begint met twee byte order marks (U+FEFF); er mag er hoogstens één staan. Verwijder de tweede.',
    notUtf8: (offset: number, line: number, byte: string) =>
      `Dit bestand is geen geldige UTF-8-tekst: byte ${offset} (geteld vanaf 0, op regel ${line}), 0x${byte}, is geen deel van een UTF-8-teken. Misschien is het in een andere tekenset bewaard, of is het geen tekstbestand; bewaar het als UTF-8.`,
    noMigration: (from: number, version: number) =>
      `Dit bestand heeft versie ${from}; deze versie van de app kan versie ${version} niet omzetten naar versie ${version + 1}.`,
    migrationFailed: (from: number, version: number) =>
      `Dit bestand heeft versie ${from} en kon niet worden omgezet naar versie ${version + 1}; het is mogelijk beschadigd.`,
    tooManyProblems: (rest: number) => `En nog ${rest} problemen; los eerst de problemen hierboven op.`,
  },

  /** What the checks beyond the schema find. */
  checks: {
    horizonBeforeBaseYear: (from: number, baseYear: number) =>
      `Het eerste jaar van de horizon (${from}) ligt vóór het basisjaar (${baseYear}); de doorrekening begint op zijn vroegst in het basisjaar.`,
    horizonReversed: (to: number, from: number) => `Het laatste jaar van de horizon (${to}) ligt vóór het eerste jaar (${from}).`,
    horizonTooLong: (from: number, to: number, span: number) =>
      `De horizon ${from}–${to} is te lang: het laatste jaar mag hoogstens ${span} jaar na het eerste liggen (uiterlijk ${from + span}).`,
    duplicateLineId: (id: string, first: number) =>
      `De id ${q(id)} is al gebruikt door regel ${first + 1} (lines[${first}]); elke regel heeft een eigen id nodig.`,
    duplicateMeasureId: (id: string, first: number) =>
      `De id ${q(id)} is al gebruikt door maatregel ${first + 1} (measures[${first}]); elke maatregel heeft een eigen id nodig.`,
    amountAndVolume:
      'Een regel heeft óf een bedrag (amount), óf een volume met kosten per eenheid (volume en unitCost), niet beide.',
    noAmountOrVolume: 'Een regel heeft een bedrag (amount) of een volume met kosten per eenheid (volume en unitCost) nodig.',
    missingUnitCost:
      'Het veld „unitCost” ontbreekt: bij een volume hoort de prijs per cliënt of deelnemer per jaar (in het basisjaar).',
    missingVolume:
      'Het veld „volume” ontbreekt: bij kosten per eenheid hoort het aantal cliënten of deelnemers per jaar (in het basisjaar).',
    pmWithAmount:
      'Een regel pro memorie (pm) heeft nog geen bedrag: laat amount, volume, unitCost en amounts weg, of haal pm weg.',
    amountsAndAmount:
      'Een regel heeft óf een bedrag per jaar in het basisjaar (amount), óf een volume met kosten per eenheid, óf een meerjarenraming (amounts), niet twee tegelijk.',
    emptyAmounts: 'De meerjarenraming (amounts) noemt geen enkel jaar; geef minstens één jaar met een bedrag.',
    growthWithAmounts:
      'Bij een meerjarenraming (amounts) staat het bedrag van elk jaar er al: autonome groei (volumeGrowth) heeft dan geen betekenis. Verwerk de groei in de bedragen en haal volumeGrowth weg.',
    oneOffWithoutAmounts: 'Eenmalig (oneOff) hoort bij een meerjarenraming (amounts) met precies één jaar.',
    oneOffYears: (count: number) =>
      `Een eenmalige regel (oneOff) telt in één jaar, maar de meerjarenraming noemt er ${count}. Noem één jaar, of haal oneOff weg.`,
    decisionDateRange: (min: number, max: number) => `De besluitdatum (decisionDate) moet in ${min}–${max} liggen.`,
    duplicateOrganisation: (name: string, first: number) =>
      `De organisatie ${q(name)} staat al in de lijst (organisations[${first}]); noem elke organisatie één keer.`,
    unknownOrganisation: (name: string, guess: string | null) =>
      `De organisatie ${q(name)} staat niet in de lijst van organisaties (organisations).${guess ? ` Bedoelde u ${q(guess)}?` : ' Voeg haar toe aan de lijst.'}`,
    /** `factor`: the strength from `uncertainty` the projection ran at (1: none). */
    measureTooLarge: (id: string, year: number, found: number, factor: number, limit: number) =>
      `Maatregel ${q(id)} maakt in ${year} een bedrag van ${amount(found)}${
        factor === 1 ? '' : ` (bij sterkte × ${String(factor).replace('.', ',')} uit „uncertainty”)`
      }: dat is meer dan de app kan doorrekenen (hoogstens ${f.money(limit)} per regel, per maatregel en voor alle regels samen, per jaar). Controleer de percentages en bedragen van de maatregel.`,
    lineTooLarge: (id: string, year: number, found: number, limit: number) =>
      `Regel ${q(id)} kost in ${year} ${amount(found)}: meer dan de app kan doorrekenen (hoogstens ${f.money(limit)} per regel per jaar). Controleer het bedrag of volume × unitCost, volumeGrowth en de indexatie.`,
    totalTooLarge: (year: number, found: number, withMeasures: boolean, limit: number) =>
      `Alle regels samen kosten in ${year} ${amount(found)} ${withMeasures ? 'met de maatregelen' : 'zonder maatregelen'}: meer dan de app kan doorrekenen (hoogstens ${f.money(limit)} per jaar).`,
    fixedTooLarge: (year: number, found: number, limit: number) =>
      `De vaste bedragen (fixed) samen zijn in ${year} ${amount(found)}: meer dan de app kan doorrekenen (hoogstens ${f.money(limit)} per jaar).`,
    oneOffTooLarge: (year: number, found: number, limit: number) =>
      `De eenmalige kosten (oneOffCosts) samen zijn in ${year} ${amount(found)}: meer dan de app kan doorrekenen (hoogstens ${f.money(limit)} per jaar).`,
    realisedTooLarge: (year: number, found: number, limit: number) =>
      `De gerealiseerde besparingen (realised) samen zijn in ${year} ${amount(found)}: meer dan de app kan doorrekenen (hoogstens ${f.money(limit)} per jaar).`,
  },

  /** Valid, but likely not what the council can decide (scenario-format.md, "Warnings"). */
  warnings: {
    /** The word before a warning on the command line: `FILE: PATH: waarschuwing: …`. */
    label: 'waarschuwing',
    noticePeriod: (measure: string, organisation: string, since: number, first: number, decision: string, months: number, earliest: number) =>
      `Maatregel ${q(measure)} kort ${q(organisation)} (subsidie sinds ${since}) al in ${first}. Bij een subsidie van drie jaar of langer hoort een redelijke opzegtermijn (Awb 4:51): met een besluit op ${f.date(decision)} en ${f.plural(months, { one: '# maand', other: '# maanden' })} opzegtermijn kan de korting op zijn vroegst ingaan op 1 januari ${earliest}.`,
    structuralEnds: (measure: string, lastYear: number) =>
      `Maatregel ${q(measure)} is structureel, maar loopt af in ${lastYear}: vanaf ${lastYear + 1} bespaart zij niets meer. Maak haar incidenteel, of laat haar doorlopen tot het einde van de horizon.`,
  },
};
