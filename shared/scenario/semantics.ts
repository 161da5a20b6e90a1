// The checks the schema cannot express (spec: scenario-format.md): unique ids, references that
// exist, volume-only measures, the horizon, exactly-one-of fields. They run on the raw document
// even when parts of it failed the schema, so that one look at a file shows all its problems;
// every check reads defensively and skips what it cannot judge safely (a reference to a line
// is not reported as missing while some line has no readable id).
import { MAX_HORIZON_SPAN, MAX_YEAR, MIN_YEAR } from './schema';
import { given, type LineFacts, type LineIndex, type LineShape } from '../measures/checks';
import { measureKind } from '../measures/registry';
import { field, hasField, isRecord } from './paths';
import { located, qen, qnl, type LocatedProblem } from './problem-text';

function isYear(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= MIN_YEAR && value <= MAX_YEAR;
}

function lineShape(line: unknown): LineShape {
  const amount = given(line, 'amount');
  const volume = given(line, 'volume') || given(line, 'unitCost');
  if (amount && !volume) return 'amount';
  if (volume && !amount) return 'volume';
  return 'unclear';
}

function checkHorizon(doc: Record<string, unknown>, out: LocatedProblem[]): void {
  const baseYear = field(doc, 'baseYear');
  const horizon = field(doc, 'horizon');
  const from = field(horizon, 'from');
  const to = field(horizon, 'to');
  if (isYear(baseYear) && isYear(from) && from < baseYear) {
    out.push(
      located(
        ['horizon', 'from'],
        'horizon-before-base-year',
        `Het eerste jaar van de horizon (${from}) ligt vóór het basisjaar (${baseYear}); de doorrekening begint op zijn vroegst in het basisjaar.`,
        `The first year of the horizon (${from}) is before the base year (${baseYear}); the projection starts in the base year at the earliest.`,
      ),
    );
  }
  if (isYear(from) && isYear(to)) {
    if (to < from) {
      out.push(
        located(
          ['horizon', 'to'],
          'horizon-reversed',
          `Het laatste jaar van de horizon (${to}) ligt vóór het eerste jaar (${from}).`,
          `The last year of the horizon (${to}) is before the first year (${from}).`,
        ),
      );
    } else if (to - from > MAX_HORIZON_SPAN) {
      out.push(
        located(
          ['horizon', 'to'],
          'horizon-too-long',
          `De horizon ${from}–${to} is te lang: het laatste jaar mag hoogstens ${MAX_HORIZON_SPAN} jaar na het eerste liggen (uiterlijk ${from + MAX_HORIZON_SPAN}).`,
          `The horizon ${from}–${to} is too long: the last year may be at most ${MAX_HORIZON_SPAN} years after the first (${from + MAX_HORIZON_SPAN} at the latest).`,
        ),
      );
    }
  }
}

function checkLines(lines: readonly unknown[], out: LocatedProblem[]): void {
  const seen = new Map<string, number>();
  lines.forEach((line, i) => {
    if (!isRecord(line)) return;
    const id = field(line, 'id');
    if (typeof id === 'string') {
      const first = seen.get(id);
      if (first !== undefined) {
        out.push(
          located(
            ['lines', i, 'id'],
            'duplicate-id',
            `De id ${qnl(id)} is al gebruikt door regel ${first + 1} (lines[${first}]); elke regel heeft een eigen id nodig.`,
            `The id ${qen(id)} is already used by line ${first + 1} (lines[${first}]); every line needs its own id.`,
          ),
        );
      } else seen.set(id, i);
    }
    const amount = given(line, 'amount');
    const volume = given(line, 'volume');
    const unitCost = given(line, 'unitCost');
    if (amount && (volume || unitCost)) {
      out.push(
        located(
          ['lines', i],
          'amount-and-volume',
          'Een regel heeft óf een bedrag (amount), óf een volume met kosten per eenheid (volume en unitCost), niet beide.',
          'A line has either an amount, or a volume with a cost per unit (volume and unitCost), not both.',
        ),
      );
    } else if (!amount && !volume && !unitCost) {
      out.push(
        located(
          ['lines', i],
          'no-amount-or-volume',
          'Een regel heeft een bedrag (amount) of een volume met kosten per eenheid (volume en unitCost) nodig.',
          'A line needs an amount, or a volume with a cost per unit (volume and unitCost).',
        ),
      );
    } else if (!amount && volume !== unitCost && !hasField(line, volume ? 'unitCost' : 'volume')) {
      const missing = volume ? 'unitCost' : 'volume';
      out.push(
        located(
          ['lines', i, missing],
          'missing-field',
          volume
            ? 'Het veld „unitCost” ontbreekt: bij een volume hoort de prijs per cliënt of deelnemer per jaar (in het basisjaar).'
            : 'Het veld „volume” ontbreekt: bij kosten per eenheid hoort het aantal cliënten of deelnemers per jaar (in het basisjaar).',
          volume
            ? 'The field "unitCost" is missing: a volume needs the cost per client or participant per year (in the base year).'
            : 'The field "volume" is missing: a cost per unit needs the number of clients or participants per year (in the base year).',
        ),
      );
    }
  });
}

function checkMeasureIds(measures: readonly unknown[], out: LocatedProblem[]): void {
  const seen = new Map<string, number>();
  measures.forEach((measure, i) => {
    const id = field(measure, 'id');
    if (typeof id !== 'string') return;
    const first = seen.get(id);
    if (first === undefined) {
      seen.set(id, i);
      return;
    }
    out.push(
      located(
        ['measures', i, 'id'],
        'duplicate-id',
        `De id ${qnl(id)} is al gebruikt door maatregel ${first + 1} (measures[${first}]); elke maatregel heeft een eigen id nodig.`,
        `The id ${qen(id)} is already used by measure ${first + 1} (measures[${first}]); every measure needs its own id.`,
      ),
    );
  });
}

function indexLines(lines: readonly unknown[]): LineIndex {
  const byId = new Map<string, LineFacts>();
  const byGroup = new Map<string, LineFacts[]>();
  let idsComplete = true;
  let groupsComplete = true;
  lines.forEach((line, index) => {
    if (!isRecord(line)) {
      idsComplete = false;
      groupsComplete = false;
      return;
    }
    const id = field(line, 'id');
    const facts: LineFacts = { index, id: typeof id === 'string' ? id : undefined, shape: lineShape(line) };
    if (facts.id === undefined) idsComplete = false;
    else if (!byId.has(facts.id)) byId.set(facts.id, facts);
    const group = field(line, 'group');
    if (typeof group === 'string') {
      const members = byGroup.get(group);
      if (members) members.push(facts);
      else byGroup.set(group, [facts]);
    }
    else if (group !== undefined) groupsComplete = false;
  });
  return { byId, idsComplete, byGroup, groupsComplete };
}

/** The semantic problems of a document at the current version, however malformed it is. */
export function checkSemantics(doc: unknown): LocatedProblem[] {
  const out: LocatedProblem[] = [];
  if (!isRecord(doc)) return out;
  checkHorizon(doc, out);
  const lines = field(doc, 'lines');
  const lineList = Array.isArray(lines) ? lines : [];
  checkLines(lineList, out);
  // Without a readable list of lines every reference would look missing: judge none of them.
  const index = Array.isArray(lines) ? indexLines(lineList) : { byId: new Map(), byGroup: new Map(), idsComplete: false, groupsComplete: false };
  const measures = field(doc, 'measures');
  if (!Array.isArray(measures)) return out;
  checkMeasureIds(measures, out);
  measures.forEach((measure, i) => {
    if (!isRecord(measure)) return;
    // Each type checks its own fields (shared/measures/<type>.ts); an unknown type is the schema's to report.
    const kind = measureKind(field(measure, 'type'));
    if (kind !== undefined) kind.check(measure, i, index, out);
  });
  return out;
}
