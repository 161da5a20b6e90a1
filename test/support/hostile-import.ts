// Hostile import files, made on the spot (none is committed): CSVs whose quotes never close,
// CSVs and workbooks with many rows, a tiny workbook with two far-apart cells, ZIP archives
// that lie about their sizes (zip bombs) or hold too many parts. Used by the import tests and
// by quick measuring scripts; the ZIP writer is a small one of our own so that every field of
// the archive can be set, which a ZIP library would not allow.
import ExcelJS from 'exceljs';
import { constants, deflateRawSync } from 'node:zlib';

/** `"x"y;"x"y;"x"y` lines: each cell opens a quote that never closes properly (quadratic before). */
export function unclosedQuotesCsv(bytes: number): string {
  const line = '"x"y;"x"y;"x"y\n';
  return line.repeat(Math.ceil(bytes / line.length));
}

/** A heading and `rows` lines of € 1.000 each, Dutch style. */
export function manyRowsCsv(rows: number): string {
  const out = ['Omschrijving;Bedrag'];
  for (let i = 1; i <= rows; i++) out.push(`Regel ${i};1.000`);
  return out.join('\n') + '\n';
}

/** A workbook of a heading and `rows` lines of € 1.000 (numbers, as Excel stores them). */
export async function manyRowsXlsx(rows: number): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Blad1');
  sheet.addRow(['Omschrijving', 'Bedrag']);
  for (let i = 1; i <= rows; i++) sheet.addRow([`Regel ${i}`, 1000]);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** A workbook from sheet XML bodies (the part inside <sheetData>…</sheetData> and after it). */
export function workbookZip(sheets: { data: string; after?: string }[], options: { definedNames?: string } = {}): Uint8Array {
  return zip(workbookFiles(sheets, options));
}

/** The parts of such a workbook, to add to or change before zipping. */
export function workbookFiles(sheets: { data: string; after?: string }[], options: { definedNames?: string } = {}): ZipFile[] {
  const ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
  const files: ZipFile[] = [
    {
      name: '[Content_Types].xml',
      text:
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
        sheets.map((_s, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('') +
        '</Types>',
    },
    {
      name: '_rels/.rels',
      text: '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    },
    {
      name: 'xl/workbook.xml',
      text:
        `<?xml version="1.0" encoding="UTF-8"?><workbook ${ns}><sheets>` +
        sheets.map((_s, i) => `<sheet name="Blad${i + 1}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('') +
        `</sheets>${options.definedNames ? `<definedNames>${options.definedNames}</definedNames>` : ''}</workbook>`,
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      text:
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        sheets.map((_s, i) => `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('') +
        '</Relationships>',
    },
    ...sheets.map((s, i) => ({
      name: `xl/worksheets/sheet${i + 1}.xml`,
      text: `<?xml version="1.0" encoding="UTF-8"?><worksheet ${ns}><sheetData>${s.data}</sheetData>${s.after ?? ''}</worksheet>`,
    })),
  ];
  return files;
}

/** Inline-string and number cells: `cell('A1', 'Naam')`, `cell('B2', 1000)`. */
export function cell(ref: string, value: string | number): string {
  return typeof value === 'number' ? `<c r="${ref}"><v>${value}</v></c>` : `<c r="${ref}" t="inlineStr"><is><t>${value}</t></is></c>`;
}

/** A 1–2 KB workbook: a heading in row 1 and one more cell far away (`ref`, e.g. "GR20000"). */
export function farCellXlsx(ref: string): Uint8Array {
  const row = Number(/\d+$/.exec(ref)?.[0]);
  return workbookZip([{ data: `<row r="1">${cell('A1', 'Omschrijving')}${cell('B1', 'Bedrag')}</row><row r="${row}">${cell(ref, 'x')}</row>` }]);
}

export interface ZipFile {
  name: string;
  text?: string;
  bytes?: Uint8Array;
  /** Deflated bytes given as they are, with the size the archive states for them. */
  deflated?: { data: Uint8Array; statedSize: number };
  /** Stored, not deflated. */
  store?: boolean;
}

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

function crc32(data: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of data) c = (CRC_TABLE[(c ^ b) & 0xff] as number) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** A ZIP archive of the files, deflated unless `store`; `deflated` parts go in as given. */
export function zip(files: readonly ZipFile[]): Uint8Array {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const f of files) {
    const name = Buffer.from(f.name, 'utf8');
    const plain = f.bytes ?? (f.text !== undefined ? Buffer.from(f.text, 'utf8') : new Uint8Array());
    const method = f.store ? 0 : 8;
    const data = f.deflated ? f.deflated.data : f.store ? plain : deflateRawSync(plain);
    const size = f.deflated ? f.deflated.statedSize : plain.length;
    const crc = f.deflated ? 0 : crc32(plain);
    // The local header and the directory entry hold the same fields; the entry's start 2 bytes later.
    const header = (signature: number, length: number, shift: number) => {
      const b = Buffer.alloc(length);
      b.writeUInt32LE(signature, 0);
      b.writeUInt16LE(20, 4 + shift);
      b.writeUInt16LE(method, 8 + shift);
      b.writeUInt32LE(crc, 14 + shift);
      b.writeUInt32LE(data.length, 18 + shift);
      b.writeUInt32LE(size, 22 + shift);
      b.writeUInt16LE(name.length, 26 + shift);
      return b;
    };
    const local = header(0x04034b50, 30, 0);
    const entry = header(0x02014b50, 46, 2);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt32LE(offset, 42);
    locals.push(local, name, Buffer.from(data));
    central.push(entry, name);
    offset += 30 + name.length + data.length;
  }
  const dir = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Math.min(files.length, 0xffff), 8);
  end.writeUInt16LE(Math.min(files.length, 0xffff), 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, dir, end]));
}

/**
 * Raw deflate data that unpacks to `megabytes` MB of spaces, made from one compressed megabyte
 * repeated (each ends on a byte boundary and refers back only to spaces), so making a bomb of
 * gigabytes takes milliseconds. About 1 KB per MB.
 */
export function spacesDeflated(megabytes: number): Uint8Array {
  const block = deflateRawSync(Buffer.alloc(1024 * 1024, 0x20), { finishFlush: constants.Z_SYNC_FLUSH });
  const final = Buffer.from([0x03, 0x00]);
  const parts: Buffer[] = [];
  for (let i = 0; i < megabytes; i++) parts.push(block);
  parts.push(final);
  return new Uint8Array(Buffer.concat(parts));
}

/**
 * A workbook whose shared strings part says it is 100 bytes and unpacks to `megabytes` MB: the
 * kind of file that made Node run out of memory in ExcelJS (JSZip believes the stated size).
 */
export function zipBombXlsx(megabytes: number): Uint8Array {
  const files = workbookFiles([{ data: `<row r="1">${cell('A1', 'Omschrijving')}${cell('B1', 'Bedrag')}</row>` }]);
  return zip([...files, { name: 'xl/sharedStrings.xml', deflated: { data: spacesDeflated(megabytes), statedSize: 100 } }]);
}
