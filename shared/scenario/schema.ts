// The structure of a scenario file, format version 1 (../shared/spec/scenario-format.md).
// Types are inferred from this schema; the semantic checks (ids exist, unique, volume lines…)
// live in validate.ts. Every object is strict: unknown fields are errors, not silently dropped.
import { z } from 'zod';

export const FORMAT_ID = 'vitale-coalitie-scenario';
export const CURRENT_VERSION = 1;

export const MIN_YEAR = 2000;
export const MAX_YEAR = 2100;
export const MAX_HORIZON_SPAN = 30;

export const ID_PATTERN = /^[a-z0-9][a-z0-9_-]{0,63}$/;
export const YEAR_KEY_PATTERN = /^\d{4}$/;

const year = z.number().int().min(MIN_YEAR).max(MAX_YEAR);
const id = z.string().regex(ID_PATTERN);
const name = z.string().min(1).max(200);
const fraction = z.number().min(0).max(1);

/** Keys are four-digit years 2000–2100; values as given by `value`. */
const yearKey = z
  .string()
  .regex(YEAR_KEY_PATTERN)
  .refine((k) => Number(k) >= MIN_YEAR && Number(k) <= MAX_YEAR);
function yearTable<T extends z.ZodType<number>>(value: T) {
  return z.record(yearKey, value);
}

export const YearTableSchema = yearTable(z.number());
export type YearTable = Record<string, number>;

export const UncertaintySchema = z.strictObject({
  low: z.number().min(0).max(1),
  high: z.number().min(1),
});

export const LineKindSchema = z.enum(['subsidy', 'individual', 'collective', 'other']);
export type LineKind = z.infer<typeof LineKindSchema>;

export const LineSchema = z.strictObject({
  id,
  name,
  kind: LineKindSchema,
  amount: z.number().min(0).optional(),
  volume: z.number().min(0).optional(),
  unitCost: z.number().min(0).optional(),
  group: z.string().optional(),
  organisation: z.string().optional(),
  taakveld: z.string().optional(),
  wageShare: fraction.optional(),
  volumeGrowth: z.number().min(-1).optional(),
  notes: z.string().optional(),
});
export type Line = z.infer<typeof LineSchema>;

const measureCommon = {
  id,
  name,
  enabled: z.boolean().optional(),
  notes: z.string().optional(),
  uncertainty: UncertaintySchema.optional(),
};
const targets = {
  lines: z.array(z.string()).optional(),
  groups: z.array(z.string()).optional(),
};

export const CutMeasureSchema = z.strictObject({
  ...measureCommon,
  type: z.literal('cut'),
  ...targets,
  phaseIn: yearTable(fraction).optional(),
  rate: z.number().min(-1).max(1).optional(),
  amount: z.number().min(0).optional(),
});
export const VolumeChangeMeasureSchema = z.strictObject({
  ...measureCommon,
  type: z.literal('volumeChange'),
  ...targets,
  phaseIn: yearTable(fraction).optional(),
  rate: z.number().min(-1),
});
export const UnitCostChangeMeasureSchema = z.strictObject({
  ...measureCommon,
  type: z.literal('unitCostChange'),
  ...targets,
  phaseIn: yearTable(fraction).optional(),
  rate: z.number().min(-1),
});
export const ShiftMeasureSchema = z.strictObject({
  ...measureCommon,
  type: z.literal('shift'),
  from: z.string(),
  to: z.string(),
  share: yearTable(fraction),
  ratio: z.number().positive().optional(),
});
export const FixedMeasureSchema = z.strictObject({
  ...measureCommon,
  type: z.literal('fixed'),
  amounts: YearTableSchema,
  continues: z.boolean().optional(),
});

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

export const ScenarioSchema = z.strictObject({
  format: z.literal(FORMAT_ID),
  version: z.literal(CURRENT_VERSION),
  title: name,
  municipality: z.string().optional(),
  author: z.string().optional(),
  description: z.string().optional(),
  createdAt: z.iso.datetime({ offset: true }).optional(),
  updatedAt: z.iso.datetime({ offset: true }).optional(),
  baseYear: year,
  horizon: z.strictObject({ from: year, to: year }),
  indexation: z
    .strictObject({
      wage: yearTable(z.number().gt(-1)).optional(),
      price: yearTable(z.number().gt(-1)).optional(),
    })
    .optional(),
  lines: z.array(LineSchema).min(1),
  measures: z.array(MeasureSchema).optional(),
  target: YearTableSchema.optional(),
});
export type Scenario = z.infer<typeof ScenarioSchema>;
