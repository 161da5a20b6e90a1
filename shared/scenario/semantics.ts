// The checks the schema cannot express (spec: scenario-format.md): unique ids, references that
// exist, volume-only measures, the horizon, exactly-one-of fields. They run on the raw document
// even when parts of it failed the schema, so that one look at a file shows all its problems;
// every check reads defensively and skips what it cannot judge safely (a reference to a line
// is not reported as missing while some line has no readable id).
import { MAX_HORIZON_SPAN, MAX_YEAR, MIN_YEAR } from './schema';
import { given, type LineFacts, type LineIndex, type LineShape } from '../measures/checks';
import { measureKind } from '../measures/registry';
import { field, hasField, isRecord } from './paths';
import { text } from '../i18n/text';
import { located, type LocatedProblem } from './problem-text';
import { NameIndex } from './closest-name';

function isYear(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= MIN_YEAR && value <= MAX_YEAR;
}

/** The ways a line gives its cost (version 2): exactly one of these. */
function costForms(line: unknown): { amount: boolean; volume: boolean; amounts: boolean; pm: boolean } {
  return {
    amount: given(line, 'amount'),
    volume: given(line, 'volume') || given(line, 'unitCost'),
    amounts: given(line, 'amounts'),
    pm: field(line, 'pm') === true,
  };
}

function lineShape(line: unknown): LineShape {
  const { amount, volume, amounts, pm } = costForms(line);
  const count = Number(amount) + Number(volume) + Number(amounts) + Number(pm);
  if (count !== 1) return 'unclear';
  return volume ? 'volume' : 'amount';
}

function checkHorizon(doc: Record<string, unknown>, out: LocatedProblem[]): void {
  const baseYear = field(doc, 'baseYear');
  const horizon = field(doc, 'horizon');
  const from = field(horizon, 'from');
  const to = field(horizon, 'to');
  if (isYear(baseYear) && isYear(from) && from < baseYear) {
    out.push(
      located(['horizon', 'from'], 'horizon-before-base-year', text('scenario.checks.horizonBeforeBaseYear', from, baseYear)),
    );
  }
  if (isYear(from) && isYear(to)) {
    if (to < from) {
      out.push(
        located(['horizon', 'to'], 'horizon-reversed', text('scenario.checks.horizonReversed', to, from)),
      );
    } else if (to - from > MAX_HORIZON_SPAN) {
      out.push(
        located(['horizon', 'to'], 'horizon-too-long', text('scenario.checks.horizonTooLong', from, to, MAX_HORIZON_SPAN)),
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
          located(['lines', i, 'id'], 'duplicate-id', text('scenario.checks.duplicateLineId', id, first)),
        );
      } else seen.set(id, i);
    }
    const amount = given(line, 'amount');
    const volume = given(line, 'volume');
    const unitCost = given(line, 'unitCost');
    const forms = costForms(line);
    checkVersion2Line(line, i, forms, out);
    if (forms.amounts || forms.pm) {
      // Version 2's two other forms: the count of forms is checked in checkVersion2Line.
    } else if (amount && (volume || unitCost)) {
      out.push(
        located(['lines', i], 'amount-and-volume', text('scenario.checks.amountAndVolume')),
      );
    } else if (!amount && !volume && !unitCost) {
      out.push(
        located(['lines', i], 'no-amount-or-volume', text('scenario.checks.noAmountOrVolume')),
      );
    } else if (!amount && volume !== unitCost && !hasField(line, volume ? 'unitCost' : 'volume')) {
      const missing = volume ? 'unitCost' : 'volume';
      out.push(
        located(['lines', i, missing], 'missing-field', text(volume ? 'scenario.checks.missingUnitCost' : 'scenario.checks.missingVolume')),
      );
    }
  });
}

/** Version 2's line forms: `amounts` (with `oneOff`) and `pm`, each alone. */
function checkVersion2Line(line: Record<string, unknown>, i: number, forms: ReturnType<typeof costForms>, out: LocatedProblem[]): void {
  const others = (['amount', 'volume', 'amounts'] as const).filter((k) => forms[k]);
  if (forms.pm && others.length > 0) {
    out.push(located(['lines', i, 'pm'], 'pm-with-amount', text('scenario.checks.pmWithAmount')));
  } else if (forms.amounts && (forms.amount || forms.volume)) {
    out.push(located(['lines', i, 'amounts'], 'amounts-and-amount', text('scenario.checks.amountsAndAmount')));
  }
  const amounts = field(line, 'amounts');
  if (forms.amounts && isRecord(amounts) && Object.keys(amounts).length === 0) {
    out.push(located(['lines', i, 'amounts'], 'empty-amounts', text('scenario.checks.emptyAmounts')));
  }
  if (forms.amounts && given(line, 'volumeGrowth')) {
    out.push(located(['lines', i, 'volumeGrowth'], 'growth-with-amounts', text('scenario.checks.growthWithAmounts')));
  }
  if (field(line, 'oneOff') === true) {
    if (!forms.amounts) {
      out.push(located(['lines', i, 'oneOff'], 'one-off-without-amounts', text('scenario.checks.oneOffWithoutAmounts')));
    } else if (isRecord(amounts) && Object.keys(amounts).length > 1) {
      out.push(located(['lines', i, 'oneOff'], 'one-off-years', text('scenario.checks.oneOffYears', Object.keys(amounts).length)));
    }
  }
}

/** Version 2: organisation names unique; with a list, every line's organisation in it; the decision date's year. */
function checkOrganisations(doc: Record<string, unknown>, lines: readonly unknown[], out: LocatedProblem[]): void {
  const decisionDate = field(doc, 'decisionDate');
  if (typeof decisionDate === 'string' && /^\d{4}-/.test(decisionDate) && !isYear(Number(decisionDate.slice(0, 4)))) {
    out.push(located(['decisionDate'], 'decision-date-range', text('scenario.checks.decisionDateRange', MIN_YEAR, MAX_YEAR)));
  }
  const list = field(doc, 'organisations');
  if (!Array.isArray(list)) return;
  const names = new Map<string, number>();
  let complete = true;
  list.forEach((entry, j) => {
    const name = field(entry, 'name');
    if (typeof name !== 'string') {
      complete = false;
      return;
    }
    const first = names.get(name);
    if (first !== undefined) out.push(located(['organisations', j, 'name'], 'duplicate-organisation', text('scenario.checks.duplicateOrganisation', name, first)));
    else names.set(name, j);
  });
  if (!complete) return;
  const index = new NameIndex(names.keys());
  lines.forEach((line, i) => {
    const name = field(line, 'organisation');
    if (typeof name !== 'string' || names.has(name)) return;
    out.push(located(['lines', i, 'organisation'], 'unknown-organisation', text('scenario.checks.unknownOrganisation', name, index.closest(name) || null)));
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
      located(['measures', i, 'id'], 'duplicate-id', text('scenario.checks.duplicateMeasureId', id, first)),
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
  checkOrganisations(doc, lineList, out);
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
