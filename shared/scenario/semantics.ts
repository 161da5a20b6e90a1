// The checks the schema cannot express (spec: scenario-format.md): unique ids, references that
// exist, volume-only measures, the horizon, exactly-one-of fields. They run on the raw document
// even when parts of it failed the schema, so that one look at a file shows all its problems;
// every check reads defensively and skips what it cannot judge safely (a reference to a line
// is not reported as missing while some line has no readable id).
import { MAX_HORIZON_SPAN, MAX_YEAR, MIN_YEAR } from './schema';
import { NameIndex } from './closest-name';
import { field, hasField, isRecord, type Path } from './paths';
import { andEn, andNl, located, qen, qnl, type LocatedProblem } from './problem-text';

type LineShape = 'amount' | 'volume' | 'unclear';

interface LineFacts {
  index: number;
  id: string | undefined;
  shape: LineShape;
}

/** A field counts as given when it is there and not null (a null is reported by the schema). */
function given(value: unknown, key: string): boolean {
  const v = field(value, key);
  return v !== undefined && v !== null;
}

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

function measureName(measure: unknown, index: number): { nl: string; en: string } {
  const id = field(measure, 'id');
  return typeof id === 'string' && id !== '' ? { nl: `Maatregel ${qnl(id)}`, en: `Measure ${qen(id)}` } : { nl: `Maatregel ${index + 1}`, en: `Measure ${index + 1}` };
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

interface LineIndex {
  byId: Map<string, LineFacts>;
  /** False when some line's id cannot be read: then a missing reference may just be that line. */
  idsComplete: boolean;
  byGroup: Map<string, LineFacts[]>;
  groupsComplete: boolean;
  /** For the hints, made on first use: one index for all the references of a file. */
  idNames?: NameIndex;
  groupNames?: NameIndex;
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

function missingLine(at: Path, who: { nl: string; en: string }, id: string, index: LineIndex): LocatedProblem {
  index.idNames ??= new NameIndex(index.byId.keys());
  const guess = index.idNames.closest(id);
  const hint = guess ? { nl: ` Bedoelde u ${qnl(guess)}?`, en: ` Did you mean ${qen(guess)}?` } : { nl: '', en: '' };
  return located(
    at,
    'unknown-line',
    `${who.nl} verwijst naar regel ${qnl(id)}, die niet bestaat.${hint.nl}`,
    `${who.en} refers to line ${qen(id)}, which does not exist.${hint.en}`,
  );
}

function notVolumeLine(at: Path, who: { nl: string; en: string }, ids: readonly string[], viaGroup?: string): LocatedProblem {
  const quotedNl = andNl(ids.map(qnl));
  const quotedEn = andEn(ids.map(qen));
  const plural = ids.length > 1;
  const what = viaGroup === undefined
    ? { nl: `regel ${quotedNl}`, en: `line ${quotedEn}` }
    : { nl: `groep ${qnl(viaGroup)}, met ${plural ? 'de regels' : 'regel'} ${quotedNl}`, en: `group ${qen(viaGroup)}, with ${plural ? 'lines' : 'line'} ${quotedEn}` };
  return located(
    at,
    'not-a-volume-line',
    `${who.nl} werkt alleen op regels met een volume en kosten per eenheid, maar treft ${what.nl}: ${plural ? 'die hebben' : 'die heeft'} een vast bedrag (amount).`,
    `${who.en} works only on lines with a volume and a cost per unit, but targets ${what.en}, which ${plural ? 'have' : 'has'} a fixed amount.`,
  );
}

function checkTargets(measure: Record<string, unknown>, i: number, type: string, index: LineIndex, out: LocatedProblem[]): void {
  const who = measureName(measure, i);
  const volumeOnly = type === 'volumeChange' || type === 'unitCostChange';
  const lines = field(measure, 'lines');
  const groups = field(measure, 'groups');
  const lineList = Array.isArray(lines) ? lines : [];
  const groupList = Array.isArray(groups) ? groups : [];
  const malformed = (lines !== undefined && !Array.isArray(lines)) || (groups !== undefined && !Array.isArray(groups));
  if (!malformed && lineList.length === 0 && groupList.length === 0) {
    const at: Path = hasField(measure, 'lines') ? ['measures', i, 'lines'] : hasField(measure, 'groups') ? ['measures', i, 'groups'] : ['measures', i];
    out.push(
      located(
        at,
        'no-target',
        `${who.nl} heeft geen doel: noem minstens één regel (lines) of groep (groups).`,
        `${who.en} has no target: list at least one line (lines) or group (groups).`,
      ),
    );
  }
  lineList.forEach((id, j) => {
    if (typeof id !== 'string') return;
    const line = index.byId.get(id);
    if (!line) {
      if (index.idsComplete) out.push(missingLine(['measures', i, 'lines', j], who, id, index));
      return;
    }
    if (volumeOnly && line.shape === 'amount') out.push(notVolumeLine(['measures', i, 'lines', j], who, [id]));
  });
  groupList.forEach((group, j) => {
    if (typeof group !== 'string') return;
    const members = index.byGroup.get(group);
    if (!members) {
      if (!index.groupsComplete) return;
      index.groupNames ??= new NameIndex(index.byGroup.keys());
      const guess = index.groupNames.closest(group);
      const hint = guess ? { nl: ` Bedoelde u ${qnl(guess)}?`, en: ` Did you mean ${qen(guess)}?` } : { nl: '', en: '' };
      out.push(
        located(
          ['measures', i, 'groups', j],
          'unknown-group',
          `${who.nl} verwijst naar groep ${qnl(group)}, maar geen enkele regel hoort bij die groep.${hint.nl}`,
          `${who.en} refers to group ${qen(group)}, but no line belongs to that group.${hint.en}`,
        ),
      );
      return;
    }
    if (!volumeOnly) return;
    const amountLines = members.filter((m) => m.shape === 'amount').map((m) => m.id ?? `${m.index + 1}`);
    if (amountLines.length > 0) out.push(notVolumeLine(['measures', i, 'groups', j], who, amountLines, group));
  });
}

function checkShift(measure: Record<string, unknown>, i: number, index: LineIndex, out: LocatedProblem[]): void {
  const who = measureName(measure, i);
  const from = field(measure, 'from');
  const to = field(measure, 'to');
  for (const end of ['from', 'to'] as const) {
    const id = end === 'from' ? from : to;
    if (typeof id !== 'string') continue;
    const line = index.byId.get(id);
    if (!line) {
      if (index.idsComplete) out.push(missingLine(['measures', i, end], who, id, index));
    } else if (line.shape === 'amount') {
      out.push(notVolumeLine(['measures', i, end], who, [id]));
    }
  }
  if (typeof from === 'string' && from === to) {
    out.push(
      located(
        ['measures', i, 'to'],
        'shift-to-itself',
        `${who.nl} verschuift van regel ${qnl(from)} naar dezelfde regel; „from” en „to” moeten twee verschillende regels zijn.`,
        `${who.en} shifts from line ${qen(from)} to the same line; "from" and "to" must be two different lines.`,
      ),
    );
  }
}

function checkCutStrength(measure: Record<string, unknown>, i: number, out: LocatedProblem[]): void {
  const rate = given(measure, 'rate');
  const amount = given(measure, 'amount');
  if (rate === amount) {
    const who = measureName(measure, i);
    out.push(
      located(
        ['measures', i],
        rate ? 'rate-and-amount' : 'no-rate-or-amount',
        rate
          ? `${who.nl} heeft zowel een percentage (rate) als een bedrag (amount); een korting heeft er precies één.`
          : `${who.nl} heeft geen percentage (rate) en geen bedrag (amount); een korting heeft er precies één nodig.`,
        rate
          ? `${who.en} has both a rate and an amount; a cut has exactly one of them.`
          : `${who.en} has neither a rate nor an amount; a cut needs exactly one of them.`,
      ),
    );
  }
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
    const type = field(measure, 'type');
    if (type === 'cut' || type === 'volumeChange' || type === 'unitCostChange') checkTargets(measure, i, type, index, out);
    if (type === 'cut') checkCutStrength(measure, i, out);
    if (type === 'shift') checkShift(measure, i, index, out);
  });
  return out;
}
