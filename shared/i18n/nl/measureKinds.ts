// The measure types' words, per type: the name the editor, explain() and the exports show, the
// noun in a sentence, the editor's hint and a new measure's name, the explanation of what the
// type did to a line, its problems and its phrases in a description.
import { explainNumbers } from '../../engine/explain-numbers';
import { clip } from '../../scenario/problem-text';
import { formatters } from '../format';
import { glossary } from './glossary';

const f = formatters('nl');
const { num, eurExact, pct } = explainNumbers(f);
/** A value from the file, quoted: „bibliotheek”. */
const q = (value: string) => `„${clip(value)}”`;
const didYouMean = (guess: string | null) => (guess ? ` Bedoelde u ${q(guess)}?` : '');

export const measureKinds = {
  /** What several types share: naming a measure, the problems of targets, a targeted type's idle year. */
  common: {
    measureById: (id: string) => `Maatregel ${q(id)}`,
    measureByNumber: (n: number) => `Maatregel ${n}`,
    unknownLine: (who: string, id: string, guess: string | null) => `${who} verwijst naar regel ${q(id)}, die niet bestaat.${didYouMean(guess)}`,
    unknownGroup: (who: string, group: string, guess: string | null) =>
      `${who} verwijst naar groep ${q(group)}, maar geen enkele regel hoort bij die groep.${didYouMean(guess)}`,
    noTarget: (who: string) => `${who} heeft geen doel: noem minstens één regel (lines) of groep (groups).`,
    notVolumeLine: (who: string, ids: string[], viaGroup: string | null) => {
      const lines = f.list(ids.map(q));
      const what = viaGroup === null ? `regel ${lines}` : `groep ${q(viaGroup)}, met ${f.plural(ids.length, { one: 'regel', other: 'de regels' })} ${lines}`;
      return `${who} werkt alleen op regels met een volume en kosten per eenheid, maar treft ${what}: ${f.plural(ids.length, { one: 'die heeft', other: 'die hebben' })} een vast bedrag (amount).`;
    },
    notInForce: (year: number) => `in ${year} niet van kracht (ingroei 0%)`,
    noChange: (year: number) => `in ${year} geen verandering`,
    /** A volume or unit cost change of one line: "Volumewijziging ‘X’: volume × (1 + −0,1) = × 0,9: …". */
    rateChangeEvent: (what: string, quantity: string, rate: number, phaseNote: string, factor: number, change: string) =>
      `${what}: ${quantity} × (1 + ${num(rate)}${phaseNote}) = × ${num(factor)}: ${change}`,
  },
  cut: {
    name: 'Korting',
    noun: 'korting',
    hint: 'een percentage of bedrag minder op regels of groepen',
    defaultName: 'Korting',
    /** phase: the phase this year for a measure with a phaseIn, else null. */
    eventRate: (what: string, rate: number, phaseNote: string, phase: number | null, factor: number, change: string) =>
      `${what}: ${pct(rate)}${phaseNote}${phase === null ? '' : ` = ${pct(rate * phase)}`} → × ${num(factor)}: ${change}`,
    eventAmount: (what: string, amount: number, phaseNote: string, pool: number, lost: number, costBefore: number, share: number, costAfter: number, factor: number, change: string) =>
      `${what}: ${eurExact(amount)}${phaseNote}, ten hoogste de kosten van de geraakte regels samen (${eurExact(pool)}) = ${eurExact(lost)}; naar rato van kosten draagt deze regel ${eurExact(costBefore)} / ${eurExact(pool)} = ${pct(share)} = ${eurExact(costBefore - costAfter)} → × ${num(factor)}: ${change}`,
    rateAndAmount: (who: string) => `${who} heeft zowel een percentage (rate) als een bedrag (amount); een korting heeft er precies één.`,
    noRateOrAmount: (who: string) => `${who} heeft geen percentage (rate) en geen bedrag (amount); een korting heeft er precies één nodig.`,
    describe: {
      cut: (rate: string, on: string) => `${rate} korting op ${on}`,
      raise: (rate: string, on: string) => `${rate} verhoging op ${on}`,
      cutAmount: (amount: string, on: string) => `${amount} per jaar korting op ${on}`,
    },
    cutRate: 'Kortingspercentage',
    cutAmount: 'Bedrag per jaar',
    cutBy: 'Korting als',
    cutByRate: 'percentage',
    cutByAmount: 'bedrag in euro',
    cutModeChanged: (name: string, amount: boolean) => `${name}: korting als ${amount ? 'bedrag' : 'percentage'}`,
  },
  volumeChange: {
    name: 'Volumewijziging',
    noun: 'volumewijziging',
    hint: 'meer of minder cliënten (bijvoorbeeld door preventie)',
    defaultName: 'Minder cliënten',
    /** What explain() multiplies. */
    quantity: 'volume',
    strengthLabel: 'Volume',
    describe: {
      down: (rate: string, on: string) => `${rate} minder cliënten op ${on}`,
      up: (rate: string, on: string) => `${rate} meer cliënten op ${on}`,
      unchanged: (on: string) => `geen wijziging op ${on}`,
    },
  },
  unitCostChange: {
    /** In the editor. */
    name: 'Tariefwijziging',
    /** As a heading or table cell of an export. */
    title: 'Tariefwijziging',
    /** In explain(). */
    explainNoun: 'Tariefwijziging',
    noun: 'tariefwijziging',
    hint: 'een hoger of lager tarief per cliënt (inkoop)',
    defaultName: 'Lager tarief',
    quantity: glossary.unitCost,
    strengthLabel: 'Tarief',
    describe: {
      down: (rate: string, on: string) => `${rate} lager tarief op ${on}`,
      up: (rate: string, on: string) => `${rate} hoger tarief op ${on}`,
      unchanged: (on: string) => `geen wijziging op ${on}`,
    },
  },
  shift: {
    name: 'Verschuiving',
    noun: 'verschuiving',
    hint: 'cliënten van de ene voorziening naar de andere',
    defaultName: 'Verschuiving naar algemene voorziening',
    eventOut: (what: string, other: string, share: number, volumeBefore: number, moved: number, change: string) =>
      `${what} naar ${other}: ${pct(share)} van ${num(volumeBefore)} = ${num(moved)} cliënten gaan weg: ${change}`,
    eventIn: (what: string, other: string, moved: number, ratio: number, change: string) =>
      `${what} van ${other}: ${num(moved)} cliënten × verhouding ${num(ratio)} = ${num(moved * ratio)} cliënten erbij, elk tegen de eigen prijs per cliënt: ${change}`,
    idle: (year: number, share: number) => `geen verschuiving in ${year} (aandeel ${pct(share)})`,
    toItself: (who: string, from: string) =>
      `${who} verschuift van regel ${q(from)} naar dezelfde regel; „from” en „to” moeten twee verschillende regels zijn.`,
    describe: {
      shift: (from: string, to: string, shares: string) => `van ${from} naar ${to}: aandeel ${shares}`,
      ratio: (ratio: string) => `verhouding 1 : ${ratio}`,
    },
    shareIn: (year: number) => `Aandeel ${year}`,
    from: 'Van',
    to: 'Naar',
    shiftEndChanged: (name: string, end: 'from' | 'to', line: string) => `${name}: ${end === 'from' ? 'van' : 'naar'} ${line}`,
    ratio: 'Verhouding',
    ratioHint: 'Cliënten die aankomen per cliënt die vertrekt (1 = één op één).',
    ratioWord: 'verhouding',
  },
  fixed: {
    name: 'Vast bedrag',
    noun: 'vast bedrag',
    hint: 'een besparing of kosten los van de regels',
    defaultName: 'Vaste besparing',
    /** In explain(). */
    explainNoun: 'Vast bedrag',
    /** Where a year's amount comes from. */
    notStarted: (year: number) => `nog niet begonnen in ${year}`,
    listed: (year: number) => `genoemd voor ${year}`,
    continuesSince: (year: number) => `loopt door sinds ${year}`,
    notListed: (year: number) => `niet genoemd voor ${year}, telt niet`,
    describe: {
      saving: 'besparing',
      cost: 'kosten',
      inYear: (amount: string, year: number) => `${amount} in ${year}`,
      perYearFrom: (amount: string, year: number) => `${amount} per jaar vanaf ${year}`,
      nothing: 'geen bedragen',
    },
    amountIn: (year: number) => `Bedrag ${year}`,
    continues: 'Loopt door na het laatste ingevulde jaar',
    continuesChanged: (name: string, on: boolean) => `${name}: ${on ? 'loopt door' : 'alleen ingevulde jaren'}`,
  },
  /** What a measure with a phase-in does at a share of it (one year's phase): under its year cell, in the phase-in warning. */
  phaseIn: {
    cutRate: (rate: number) => (rate < 0 ? `${f.percent(-rate)} verhoging` : `${f.percent(rate)} korting`),
    cutAmount: (amount: number) => f.money(amount),
    volumeChange: (rate: number) => `${f.percent(rate, { sign: 'always' })} volume`,
    unitCostChange: (rate: number) => `${f.percent(rate, { sign: 'always' })} tarief`,
  },
};
