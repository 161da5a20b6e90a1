// What was detected and how the columns are read, in words, for the command line and the dialog.
import type { DecimalStyle } from '../format/read-number';
import type { Lang } from '../scenario/problems';
import type { Separator } from './delimited';
import { fieldLabel } from './fields';
import type { Mapping } from './mapping';
import type { ImportProblem } from './read-lines';
import type { Detection, SourceColumn } from './source';
import type { TextEncoding } from './text';

const SEPARATOR_NAMES: Record<Separator, Record<Lang, string>> = {
  ';': { nl: 'puntkomma (;)', en: 'semicolon (;)' },
  ',': { nl: 'komma (,)', en: 'comma (,)' },
  '\t': { nl: 'tab', en: 'tab' },
  '|': { nl: 'verticale streep (|)', en: 'vertical bar (|)' },
};

const DECIMAL_NAMES: Record<DecimalStyle, Record<Lang, string>> = {
  comma: { nl: 'decimale komma (1.234,56)', en: 'decimal comma (1.234,56)' },
  point: { nl: 'decimale punt (1,234.56)', en: 'decimal point (1,234.56)' },
};

const ENCODING_NAMES: Record<TextEncoding, Record<Lang, string>> = {
  'utf-8-bom': { nl: 'UTF-8 met BOM', en: 'UTF-8 with BOM' },
  'utf-8': { nl: 'UTF-8', en: 'UTF-8' },
  'windows-1252': { nl: 'Windows-1252 (Excel „CSV”)', en: 'Windows-1252 (Excel "CSV")' },
  'utf-16le': { nl: 'UTF-16', en: 'UTF-16' },
  'utf-16be': { nl: 'UTF-16 (big-endian)', en: 'UTF-16 (big-endian)' },
};

export const separatorName = (s: Separator, lang: Lang) => SEPARATOR_NAMES[s][lang];
export const decimalName = (d: DecimalStyle, lang: Lang) => DECIMAL_NAMES[d][lang];
export const encodingName = (e: TextEncoding, lang: Lang) => ENCODING_NAMES[e][lang];

/** Each detected property as [label, value], in display order. */
export function detectionFacts(d: Detection, lang: Lang): [string, string][] {
  const nl = lang === 'nl';
  const facts: [string, string][] = [];
  const format = d.format === 'xlsx' ? 'XLSX (Excel)' : d.format === 'paste' ? (nl ? 'geplakte cellen' : 'pasted cells') : 'CSV';
  facts.push([nl ? 'Formaat' : 'Format', format]);
  if (d.sheet !== undefined) {
    const more = (d.sheets?.length ?? 1) > 1 ? (nl ? ` (1 van ${d.sheets?.length} werkbladen)` : ` (1 of ${d.sheets?.length} sheets)`) : '';
    facts.push([nl ? 'Werkblad' : 'Sheet', `${d.sheet}${more}`]);
  }
  if (d.encoding) facts.push([nl ? 'Tekenset' : 'Encoding', encodingName(d.encoding, lang)]);
  if (d.separator) {
    const how = d.separatorDeclared ? (nl ? ' (uit de regel „sep=”)' : ' (from the "sep=" line)') : '';
    facts.push([nl ? 'Scheidingsteken' : 'Separator', separatorName(d.separator, lang) + how]);
  }
  const evidence = d.decimalEvidence.comma + d.decimalEvidence.point;
  const decimalHow =
    d.format === 'xlsx' && evidence === 0
      ? nl
        ? ' (getallen staan als getal in de werkmap)'
        : ' (numbers are stored as numbers in the workbook)'
      : evidence === 0
        ? nl
          ? ' (niet te zien aan de getallen: standaard)'
          : ' (not visible in the numbers: default)'
        : '';
  facts.push([nl ? 'Decimalen' : 'Decimals', decimalName(d.decimal, lang) + decimalHow]);
  facts.push([nl ? 'Kopregel' : 'Heading row', d.headerRow !== undefined ? (nl ? `rij ${d.headerRow}` : `row ${d.headerRow}`) : nl ? 'geen (kolommen in de volgorde van de regeltabel)' : 'none (columns in the order of the lines table)']);
  return facts;
}

/** "Formaat: CSV · Scheidingsteken: puntkomma (;) · …" */
export function describeDetection(d: Detection, lang: Lang): string {
  return detectionFacts(d, lang)
    .map(([k, v]) => `${k}: ${v}`)
    .join(' · ');
}

/** The column's name as shown: its heading, else "kolom C". */
export function columnName(c: SourceColumn, lang: Lang): string {
  return c.heading !== '' ? c.heading : lang === 'nl' ? `kolom ${c.letter}` : `column ${c.letter}`;
}

/** One line per column: "C  Begroting 2024 (x € 1.000) → Bedrag (× 1.000)". */
export function describeMapping(columns: readonly SourceColumn[], mapping: Mapping, lang: Lang): string[] {
  return columns.map((c, i) => {
    const field = mapping[i] ?? 'ignore';
    const times = c.multiplier !== 1 && (field === 'amount' || field === 'unitCost') ? (lang === 'nl' ? ' (× 1.000)' : ' (× 1,000)') : '';
    return `${c.letter}  ${columnName(c, lang)} → ${fieldLabel(field, lang)}${times}`;
  });
}

/** "rij 15, kolom „Begroting 2024”: …" */
export function describeProblem(p: ImportProblem, lang: Lang): string {
  const where = lang === 'nl' ? `rij ${p.row}` : `row ${p.row}`;
  return `${where}: ${p.message[lang]}`;
}
