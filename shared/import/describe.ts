// What was detected and how the columns are read, in words, for the command line and the dialog.
import type { DecimalStyle } from '../format/read-number';
import type { Lang } from '../i18n/languages';
import { catalogue, render } from '../i18n/text';
import type { Separator } from './delimited';
import { fieldLabel } from './fields';
import type { Mapping } from './mapping';
import { municipalityLabel, openDataRole, type OpenDataLayout, type OpenDataRead } from './open-data';
import type { ImportProblem, ImportResult } from './read-lines';
import { scaleInEffect, type Detection, type SourceColumn } from './source';
import type { TextEncoding } from './text';

export const separatorName = (s: Separator, lang: Lang): string => catalogue(lang).importing.describe.separator[s];
export const decimalName = (d: DecimalStyle, lang: Lang): string => catalogue(lang).importing.describe.decimal[d];
export const scaleName = (factor: number, lang: Lang): string => catalogue(lang).importing.describe.scale(factor);
export const encodingName = (e: TextEncoding, lang: Lang): string => catalogue(lang).importing.describe.encoding[e];

/** Each detected property as [label, value], in display order; `scale`: the one chosen instead of the detected. */
export function detectionFacts(d: Detection, lang: Lang, scale?: number): [string, string][] {
  const w = catalogue(lang).importing.describe;
  const facts: [string, string][] = [];
  const format = d.format === 'xlsx' ? 'XLSX (Excel)' : d.format === 'paste' ? w.pastedCells : 'CSV';
  facts.push([w.format, format]);
  if (d.sheet !== undefined) {
    const more = (d.sheets?.length ?? 1) > 1 ? w.sheetOf(d.sheets?.length ?? 1) : '';
    facts.push([w.sheet, `${d.sheet}${more}`]);
  }
  if (d.encoding) facts.push([w.encodingLabel, encodingName(d.encoding, lang)]);
  if (d.separator) facts.push([w.separatorLabel, separatorName(d.separator, lang) + (d.separatorDeclared ? w.fromSepLine : '')]);
  const evidence = d.decimalEvidence.comma + d.decimalEvidence.point;
  const decimalHow = d.format === 'xlsx' && evidence === 0 ? w.numbersStored : evidence === 0 ? w.decimalDefault : '';
  facts.push([w.decimals, decimalName(d.decimal, lang) + decimalHow]);
  facts.push([w.headingRow, d.headerRow !== undefined ? w.row(d.headerRow) : w.noHeading]);
  if (d.openData) facts.push([catalogue(lang).openData.layoutLabel, catalogue(lang).openData.layout(d.openData.municipalities.length)]);
  const detected = scaleInEffect(d);
  const factor = scaleInEffect(d, scale);
  if (factor !== 1 || d.scale) {
    const where =
      scale !== undefined && scale !== detected
        ? w.scaleChosen
        : d.scale?.row !== undefined
          ? w.scaleFromRow(d.scale.row, d.scale.text)
          : d.scale?.sheet !== undefined
            ? w.scaleFromSheet(d.scale.sheet)
            : d.scale?.openData
              ? catalogue(lang).openData.scaleFromLayout
              : '';
    facts.push([w.scaleLabel, w.scale(factor) + where]);
  }
  return facts;
}

/**
 * The CBS layout's choices as [label, value]: the municipality read (the only one, chosen, or not
 * yet) and the report (the default, or chosen). Empty for any other table.
 */
export function openDataFacts(read: OpenDataRead | undefined, lang: Lang): [string, string][] {
  if (!read) return [];
  const w = catalogue(lang).openData;
  const facts: [string, string][] = [];
  const m = read.municipality;
  facts.push([w.municipalityLabel, m ? (read.onlyOne ? w.onlyOne(municipalityLabel(m)) : w.chosen(municipalityLabel(m), read.municipalities)) : w.notChosen(read.municipalities)]);
  if (read.report !== undefined) facts.push([w.reportLabel, read.reportChosen ? w.reportChosen(read.report) : w.reportDefault(read.report, read.reports.filter((r) => r !== read.report))]);
  return facts;
}

/**
 * "8 rijen van 2 andere gemeenten overgeslagen.": the CBS layout's rows of the other municipalities,
 * as one count; undefined when there are none, or while none is chosen (then the summary asks for one).
 */
export function otherMunicipalitiesText(read: OpenDataRead | undefined, lang: Lang): string | undefined {
  if (!read?.municipality || read.otherRows === 0) return undefined;
  return catalogue(lang).openData.otherRows(read.otherRows, read.municipalities - 1);
}

/** "Subsidieregister: 2 regels … krijgen de groep „Subsidies”."; undefined when no line got the default group. */
export function defaultGroupText(result: ImportResult, lang: Lang): string | undefined {
  return result.defaultGroup ? catalogue(lang).importing.subsidyRegister.groupGiven(result.defaultGroup.group, result.defaultGroup.lines) : undefined;
}

/** "Formaat: CSV · Scheidingsteken: puntkomma (;) · …" */
export function describeDetection(d: Detection, lang: Lang, scale?: number): string {
  return detectionFacts(d, lang, scale)
    .map(([k, v]) => `${k}: ${v}`)
    .join(' · ');
}

/** The column's name as shown: its heading, else "kolom C". */
export function columnName(c: SourceColumn, lang: Lang): string {
  return c.heading !== '' ? c.heading : catalogue(lang).importing.describe.column(c.letter);
}

/** One line per column: "C  Begroting 2024 (x € 1.000) → Bedrag (× 1.000)"; `scale`: the table's; `layout`: the CBS layout's own columns say what they are read as. */
export function describeMapping(columns: readonly SourceColumn[], mapping: Mapping, lang: Lang, scale = 1, layout?: OpenDataLayout): string[] {
  return columns.map((c, i) => {
    const field = mapping[i] ?? 'ignore';
    const role = field === 'ignore' ? openDataRole(layout, c.index) : undefined;
    if (role) return `${c.letter}  ${columnName(c, lang)} → ${catalogue(lang).openData.role[role]}`;
    const factor = c.unitGiven ? c.multiplier : scale;
    const times = factor !== 1 && (field === 'amount' || field === 'unitCost' || field === 'estimate') ? catalogue(lang).importing.describe.scaleTimes(factor) : '';
    return `${c.letter}  ${columnName(c, lang)} → ${fieldLabel(field, lang)}${times}`;
  });
}

/** "rij 15, kolom „Begroting 2024”: …" */
export function describeProblem(p: ImportProblem, lang: Lang): string {
  return `${catalogue(lang).importing.describe.row(p.row)}: ${render(lang, p.message)}`;
}
