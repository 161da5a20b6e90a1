// The structure of a scenario file, format version 2 (docs/scenario-format.md, "Version 1, exactly"
// and "Version 2, exactly"; a version-1 file is migrated to version 2 on load, migrations.ts).
// Types are inferred from this schema; the semantic checks (ids exist, unique, volume lines…)
// live in validate.ts. Every object is strict: unknown fields are errors, not silently dropped.
import { z } from 'zod';

export const FORMAT_ID = 'vitale-coalitie-scenario';
export const CURRENT_VERSION = 2;

export const MIN_YEAR = 2000;
export const MAX_YEAR = 2100;
export const MAX_HORIZON_SPAN = 30;

/**
 * The largest amount in euros the format allows, in a field and in every figure of the projection
 * (per line, per measure and for all lines together, per year): 10 trillion euros, more than
 * twenty times the Dutch state's whole budget, and small enough that every figure, the savings
 * summed over a 31-year horizon included, is a whole number a double holds exactly (below 2^53).
 * scenario-format.md, "Limits".
 */
export const MAX_EUROS = 1e13;

export const ID_PATTERN = /^[a-z0-9][a-z0-9_-]{0,63}$/;
export const YEAR_KEY_PATTERN = /^\d{4}$/;

const year = z.number().int().min(MIN_YEAR).max(MAX_YEAR);
const id = z.string().regex(ID_PATTERN);
/** The longest title or name the format allows. */
export const NAME_MAX = 200;
const name = z.string().min(1).max(NAME_MAX);
const fraction = z.number().min(0).max(1);
/** A size (euros, clients) from 0 to MAX_EUROS. */
const size = () => z.number().min(0).max(MAX_EUROS);
/** Euros either way, within ±MAX_EUROS. */
const signedEuros = z.number().min(-MAX_EUROS).max(MAX_EUROS);

/** A four-digit year 2000–2100 as one pattern, so that the JSON Schema says it exactly too. */
const YEAR_KEY_IN_RANGE = /^(?:20\d{2}|2100)$/;
/** Keys are four-digit years 2000–2100; values as given by `value`. */
const yearKey = z.string().regex(YEAR_KEY_IN_RANGE);
function yearTable<T extends z.ZodType<number>>(value: T) {
  return z.record(yearKey, value);
}

export const YearTableSchema = yearTable(signedEuros).meta({
  description: 'Values per year, keyed by four-digit years 2000–2100. Read as a step: a year not listed takes the value of the latest listed year before it (0 before the first).',
});
export type YearTable = Record<string, number>;

export const UncertaintySchema = z
  .strictObject({
    low: z.number().min(0).max(1),
    high: z.number().min(1),
  })
  .meta({ description: 'Triangular distribution (low, 1, high) of a factor on the strength of the measure.' });

export const LineKindSchema = z.enum(['subsidy', 'individual', 'collective', 'other']);
export type LineKind = z.infer<typeof LineKindSchema>;

/** A YearTable of euros ≥ 0. */
const eurosTable = () => yearTable(size());

export const LineSchema = z.strictObject({
  id,
  name,
  kind: LineKindSchema,
  amount: size().optional().meta({ description: 'Euros per year in baseYear. Give exactly one of amount, volume and unitCost, amounts, or pm.' }),
  volume: size().optional().meta({ description: 'Clients or participants per year in baseYear.' }),
  unitCost: size().optional().meta({ description: 'Euros per client or participant per year in baseYear.' }),
  amounts: eurosTable().optional().meta({ description: 'Version 2. The multi-year estimate in base-year prices, euros per year (step reading; 0 before the first listed year), indexed like amount. Not with volumeGrowth.' }),
  oneOff: z.literal(true).optional().meta({ description: 'Version 2. Only with amounts of exactly one year: the line counts in that year only.' }),
  pm: z.literal(true).optional().meta({ description: 'Version 2. Pro memorie: known to exist, amount not yet known; counts as 0. No amount, volume, unitCost or amounts.' }),
  group: z.string().optional().meta({ description: 'Group name, e.g. "Vitale Coalitie"; measures can target a group.' }),
  organisation: z.string().optional().meta({ description: 'The partner organisation behind the line.' }),
  taakveld: z.string().optional().meta({ description: 'Iv3 task field, e.g. "6.71".' }),
  wageShare: fraction.optional().meta({ description: 'Share of the cost that follows the wage index (default 0); the rest follows the price index.' }),
  volumeGrowth: z.number().min(-1).optional().meta({ description: 'Autonomous growth per year as a fraction (default 0).' }),
  notes: z.string().optional(),
});
export type Line = z.infer<typeof LineSchema>;

export const NATURES = ['structural', 'incidental'] as const;
export type Nature = (typeof NATURES)[number];
export const ONE_OFF_COST_KINDS = ['frictie', 'afbouw', 'investering', 'overig'] as const;
export type OneOffCostKind = (typeof ONE_OFF_COST_KINDS)[number];
export const MEASURE_STATUSES = ['voorstel', 'besloten', 'in uitvoering', 'gerealiseerd', 'vervallen'] as const;
export type MeasureStatus = (typeof MEASURE_STATUSES)[number];

export const OneOffCostSchema = z
  .strictObject({
    kind: z.enum(ONE_OFF_COST_KINDS),
    amounts: eurosTable().meta({ description: 'Euros ≥ 0 per year; only the listed years count.' }),
    notes: z.string().optional(),
  })
  .meta({ description: 'Version 2. A one-off cost of the measure: frictional costs, a phase-out payment, an investment, or other.' });
export type OneOffCost = z.infer<typeof OneOffCostSchema>;

const measureCommon = {
  id,
  name,
  enabled: z.boolean().optional().meta({ description: 'Default true; a disabled measure is kept and has no effect.' }),
  notes: z.string().optional(),
  uncertainty: UncertaintySchema.optional(),
  nature: z.enum(NATURES).optional().meta({ description: 'Version 2. Default: a fixed measure without continues is incidental, every other measure structural.' }),
  oneOffCosts: z.array(OneOffCostSchema).optional(),
  status: z.enum(MEASURE_STATUSES).optional().meta({ description: 'Version 2. Default "voorstel". Does not change the arithmetic.' }),
  probability: fraction.optional().meta({ description: 'Version 2. The chance that the measure is realised (default 1), for the risk-weighted savings.' }),
  realised: YearTableSchema.optional().meta({ description: 'Version 2. Savings actually realised, euros per year; only the listed years count.' }),
  pm: z.literal(true).optional().meta({ description: 'Version 2. Pro memorie: size not yet known; no effect and no one-off costs. A cut with pm needs neither rate nor amount.' }),
};
const targets = {
  lines: z.array(z.string()).optional().meta({ description: 'Ids of targeted lines.' }),
  groups: z.array(z.string()).optional().meta({ description: 'Targeted groups: every line of the group.' }),
};
const phaseIn = yearTable(fraction)
  .optional()
  .meta({ description: 'Share of the measure in force per year, 0–1 (a step table); absent: fully in force.' });

export const CutMeasureSchema = z.strictObject({
  ...measureCommon,
  type: z.literal('cut'),
  ...targets,
  phaseIn,
  rate: z.number().min(-1).max(1).optional().meta({ description: 'Cut as a fraction of the cost (0.2 = 20 %); negative is an increase. Give rate or amount.' }),
  amount: size().optional().meta({ description: 'Cut in euros per year (nominal), shared in proportion to cost. Give rate or amount.' }),
}).meta({ description: 'Cut on the targeted lines, by a rate or an amount.' });
export const VolumeChangeMeasureSchema = z.strictObject({
  ...measureCommon,
  type: z.literal('volumeChange'),
  ...targets,
  phaseIn,
  rate: z.number().min(-1),
}).meta({ description: 'Volume × (1 + rate·phase) on the targeted volume lines.' });
export const UnitCostChangeMeasureSchema = z.strictObject({
  ...measureCommon,
  type: z.literal('unitCostChange'),
  ...targets,
  phaseIn,
  rate: z.number().min(-1),
}).meta({ description: 'Unit cost × (1 + rate·phase) on the targeted volume lines.' });
export const ShiftMeasureSchema = z.strictObject({
  ...measureCommon,
  type: z.literal('shift'),
  from: z.string(),
  to: z.string(),
  share: yearTable(fraction),
  ratio: z.number().positive().optional().meta({ description: 'Clients arriving in `to` per client leaving `from` (default 1).' }),
}).meta({ description: 'Moves a share of the volume of one volume line to another.' });
export const FixedMeasureSchema = z.strictObject({
  ...measureCommon,
  type: z.literal('fixed'),
  amounts: YearTableSchema,
  continues: z.boolean().optional().meta({ description: 'Default false: only listed years count; true: the last amount continues.' }),
}).meta({ description: 'A saving (positive) or cost (negative) not tied to a line.' });

export const MeasureSchema = z.discriminatedUnion('type', [
  CutMeasureSchema,
  VolumeChangeMeasureSchema,
  UnitCostChangeMeasureSchema,
  ShiftMeasureSchema,
  FixedMeasureSchema,
]);
export type Measure = z.infer<typeof MeasureSchema>;
export type MeasureType = Measure['type'];
export type CutMeasure = z.infer<typeof CutMeasureSchema>;
export type VolumeChangeMeasure = z.infer<typeof VolumeChangeMeasureSchema>;
export type UnitCostChangeMeasure = z.infer<typeof UnitCostChangeMeasureSchema>;
export type ShiftMeasure = z.infer<typeof ShiftMeasureSchema>;
export type FixedMeasure = z.infer<typeof FixedMeasureSchema>;
export type TargetedMeasure = CutMeasure | VolumeChangeMeasure | UnitCostChangeMeasure;

export const OrganisationSchema = z
  .strictObject({
    name,
    subsidisedSince: year.optional().meta({ description: 'Subsidised without a break since 1 January of this year.' }),
    noticeMonths: z.number().int().min(0).max(120).optional().meta({ description: 'The notice period kept for this partner, in months (default 12).' }),
    contact: z.string().optional(),
    notes: z.string().optional(),
  })
  .meta({ description: 'Version 2. A partner organisation.' });
export type Organisation = z.infer<typeof OrganisationSchema>;

export const DecisionSchema = z
  .strictObject({
    at: z.iso.datetime({ offset: true }).meta({ description: 'When the decision was recorded.' }),
    change: z.string().min(1).max(500).meta({ description: 'What was changed, as the history names the step.' }),
    reason: z.string().optional(),
    by: z.string().optional().meta({ description: 'Who decided: "college", "raad", a name.' }),
  })
  .meta({ description: 'Version 2. One entry of the decision log (besluitenlijst).' });
export type Decision = z.infer<typeof DecisionSchema>;

export const ScenarioSchema = z
  .strictObject({
    format: z.literal(FORMAT_ID),
    version: z.literal(CURRENT_VERSION).meta({ description: 'Format version. A file with a higher version is refused; an older one is migrated on load.' }),
    title: name,
    municipality: z.string().optional(),
    author: z.string().optional(),
    description: z.string().optional().meta({ description: 'May hold Markdown.' }),
    createdAt: z.iso.datetime({ offset: true }).optional(),
    updatedAt: z.iso.datetime({ offset: true }).optional(),
    baseYear: year.meta({ description: 'The year that the baseline amounts describe.' }),
    horizon: z
      .strictObject({ from: year, to: year })
      .meta({ description: 'Years of the projection: baseYear ≤ from ≤ to ≤ 2100 and to − from ≤ 30.' }),
    indexation: z
      .strictObject({
        wage: yearTable(z.number().gt(-1)).optional(),
        price: yearTable(z.number().gt(-1)).optional(),
      })
      .optional()
      .meta({ description: 'Yearly index rates as fractions (0.0113 = 1.13 %); a year not listed is 0.' }),
    organisations: z.array(OrganisationSchema).optional().meta({ description: 'Version 2. The partners; when given, every line\'s organisation must be a name in it.' }),
    decisionDate: z.iso.date().optional().meta({ description: 'Version 2. When the council decides, YYYY-MM-DD (default 1 July of baseYear); for notice periods.' }),
    lines: z.array(LineSchema).min(1).meta({ description: 'The baseline budget lines.' }),
    measures: z.array(MeasureSchema).optional().meta({ description: 'Applied in this order, each to the state left by the ones before it.' }),
    target: YearTableSchema.optional().meta({ description: 'The savings target (taakstelling) per year in euros, not cumulative.' }),
    decisions: z.array(DecisionSchema).optional().meta({ description: 'Version 2. The decision log, oldest first; does not change the arithmetic.' }),
  })
  .meta({ description: 'One self-contained scenario: baseline, assumptions, measures and target.' });
export type Scenario = z.infer<typeof ScenarioSchema>;
