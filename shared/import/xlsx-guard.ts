// An XLSX checked before ExcelJS reads it. ExcelJS unpacks every part of the ZIP archive in
// memory without a bound, believes the sizes the archive states, and spreads some ranges out
// cell by cell (merged cells, named ranges, data validation, column formats): a few kilobytes
// can ask it for gigabytes. So first, in time linear in the file: the archive's own directory
// (how many parts, how large each says it is unpacked), then each part unpacked with a count
// that stops at the stated size (a part that is larger than it says is refused: a "zip bomb"),
// the XML elements of all parts (ExcelJS keeps an object for each), and in the XML of the
// workbook and the sheets the number of rows and cells and the areas of merges and names. What ExcelJS would spread out and is not needed for reading values (data
// validation, column formats) is left out through its `ignoreNodes` option instead.
import { text as msg, type Text } from '../i18n/text';
import { MAX_IMPORT_CELLS, MAX_XLSX_ELEMENTS, MAX_XLSX_PARTS, MAX_XLSX_UNPACKED_BYTES, tooLargeArea, tooManyCells, tooManyElements, tooManyParts, tooManyRows, tooManyUnpackedBytes } from './limits';

/** Worksheet XML elements ExcelJS need not read for the values: it expands their ranges cell by cell. */
export const IGNORED_SHEET_NODES = ['dataValidations', 'cols', 'conditionalFormatting', 'extLst', 'hyperlinks', 'autoFilter'];

export type GuardResult = { ok: true } | { ok: false; message: Text };

interface Part {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  size: number;
  /** Where the compressed bytes start. */
  data: number;
}

/** "Dit XLSX-bestand kan niet worden gelezen (why). …": also ExcelJS's own refusals, with its reason. */
export function unreadableXlsx(why: string | Text): Text {
  return msg('importing.open.unreadableXlsx', why);
}

const damaged = (why: Text): GuardResult => ({ ok: false, message: unreadableXlsx(why) });

const u16 = (b: Uint8Array, at: number) => (b[at] as number) | ((b[at + 1] as number) << 8);
const u32 = (b: Uint8Array, at: number) => (u16(b, at) + u16(b, at + 2) * 0x10000) >>> 0;

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;

/** The archive's parts from its central directory, as JSZip (inside ExcelJS) finds them. */
function readDirectory(bytes: Uint8Array): { ok: true; parts: Part[] } | GuardResult {
  const n = bytes.length;
  // The end record is the last of its signature (as JSZip takes it), in the last 64 KB + 22 bytes.
  let end = -1;
  for (let at = n - 22; at >= Math.max(0, n - 22 - 0xffff); at--) {
    if (u32(bytes, at) === END_OF_DIRECTORY) {
      end = at;
      break;
    }
  }
  if (end < 0) return damaged(msg('importing.open.damaged.noDirectory'));
  const count = u16(bytes, end + 10);
  const dirSize = u32(bytes, end + 12);
  const dirStart = u32(bytes, end + 16);
  if (count === 0xffff || dirSize === 0xffffffff || dirStart === 0xffffffff) return damaged(msg('importing.open.damaged.zip64'));
  if (count > MAX_XLSX_PARTS) return { ok: false, message: tooManyParts(count) };
  if (dirStart + dirSize !== end) return damaged(msg('importing.open.damaged.directoryMisplaced'));
  const parts: Part[] = [];
  let at = dirStart;
  // JSZip reads entries while their signature is there, whatever the count says; so do we.
  while (at + 46 <= end && u32(bytes, at) === DIRECTORY_ENTRY) {
    if (parts.length >= MAX_XLSX_PARTS) return { ok: false, message: tooManyParts(parts.length + 1) };
    const nameLength = u16(bytes, at + 28);
    const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength));
    const compressedSize = u32(bytes, at + 20);
    const size = u32(bytes, at + 24);
    const local = u32(bytes, at + 42);
    if (compressedSize === 0xffffffff || size === 0xffffffff || local === 0xffffffff) return damaged(msg('importing.open.damaged.zip64'));
    if (local + 30 > n || u32(bytes, local) !== LOCAL_HEADER) return damaged(msg('importing.open.damaged.partMissing', name));
    const data = local + 30 + u16(bytes, local + 26) + u16(bytes, local + 28);
    if (data + compressedSize > n) return damaged(msg('importing.open.damaged.partCutOff', name));
    parts.push({ name, method: u16(bytes, at + 10), flags: u16(bytes, at + 8), compressedSize, size, data });
    at += 46 + nameLength + u16(bytes, at + 30) + u16(bytes, at + 32);
  }
  return { ok: true, parts };
}

/** A part unpacked, stopping as soon as it is larger than its stated size; 'broken' when it is not valid deflate data or smaller. */
async function unpack(bytes: Uint8Array, part: Part): Promise<Uint8Array | 'too large' | 'broken'> {
  const packed = bytes.subarray(part.data, part.data + part.compressedSize);
  if (part.method === 0) return packed.length === part.size ? packed : 'broken';
  const out = new Uint8Array(part.size);
  let filled = 0;
  // The web's DecompressionStream (in browsers, Electron and Node alike): no Node built-in in shared/.
  const inflate = new DecompressionStream('deflate-raw');
  const writer = inflate.writable.getWriter();
  // Not awaited before reading: the write finishes only as its output is read.
  const writing = writer
    .write(packed as Uint8Array<ArrayBuffer>)
    .then(() => writer.close())
    .catch(() => undefined);
  const reader = inflate.readable.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (filled + value.length > part.size) {
        await reader.cancel().catch(() => undefined);
        return 'too large';
      }
      out.set(value, filled);
      filled += value.length;
    }
  } catch {
    return 'broken';
  } finally {
    await writing;
  }
  return filled === part.size ? out : 'broken';
}

/** The area of a range "A1:C3" / "$A$1:$C$3" / "$1:$5" (rows; ExcelJS spreads those too), or one cell. */
function areaOf(ref: string): number {
  const m = /^\$?([A-Z]{1,3})?\$?(\d+)?(?::\$?([A-Z]{1,3})?\$?(\d+)?)?$/i.exec(ref.trim());
  if (!m) return 0;
  const col = (s: string | undefined) => {
    if (!s) return undefined;
    let v = 0;
    for (const ch of s.toUpperCase()) v = v * 26 + (ch.charCodeAt(0) - 64);
    return v;
  };
  const [c1, r1, c2, r2] = [col(m[1]), m[2] ? Number(m[2]) : undefined, col(m[3]), m[4] ? Number(m[4]) : undefined];
  const rows = r1 !== undefined && r2 !== undefined ? Math.abs(r2 - r1) + 1 : 1;
  const cols = c1 !== undefined && c2 !== undefined ? Math.abs(c2 - c1) + 1 : 1;
  return rows * cols;
}

/** Start tags in XML bytes: "<" followed by a letter (not "</", "<?" or "<!"). */
function startTags(xml: Uint8Array): number {
  let k = 0;
  for (let at = xml.indexOf(0x3c); at >= 0; at = xml.indexOf(0x3c, at + 1)) {
    const next = (xml[at + 1] ?? 0) | 0x20;
    if (next >= 0x61 && next <= 0x7a) k += 1;
  }
  return k;
}

/** How often a pattern occurs (a global regex without nested quantifiers: linear). */
function count(text: string, pattern: RegExp): number {
  let k = 0;
  pattern.lastIndex = 0;
  while (pattern.exec(text)) k += 1;
  return k;
}

const WORKSHEET = /xl\/worksheets\/sheet(\d+)[.]xml/;
const CELL = /<(?:\w+:)?c[\s/>]/g;
const ROW = /<(?:\w+:)?row[\s/>]/g;
const MERGE = /<(?:\w+:)?mergeCell\b[^>]*?\bref="([^"]*)"/g;
const DEFINED_NAME = /<(?:\w+:)?definedName\b[^>]*>([^<]*)</g;

/**
 * Checks an XLSX before ExcelJS reads it: within the limits of ./limits, every part no larger
 * than the archive says, and nothing that ExcelJS would spread out beyond MAX_IMPORT_CELLS.
 */
export async function guardXlsx(bytes: Uint8Array): Promise<GuardResult> {
  const directory = readDirectory(bytes);
  if (!('parts' in directory)) return directory;
  let stated = 0;
  for (const part of directory.parts) {
    stated += part.size;
    if (stated > MAX_XLSX_UNPACKED_BYTES) return { ok: false, message: tooManyUnpackedBytes(part.name) };
  }
  let cells = 0;
  let rows = 0;
  let merged = 0;
  let named = 0;
  let elements = 0;
  const text = new TextDecoder();
  for (const part of directory.parts) {
    // Encrypted or unknown methods: ExcelJS refuses those itself, with its own reason.
    if ((part.flags & 1) !== 0 || (part.method !== 0 && part.method !== 8)) continue;
    const unpacked = await unpack(bytes, part);
    if (unpacked === 'too large') {
      return damaged(msg('importing.open.damaged.partTooLarge', part.name));
    }
    if (unpacked === 'broken') return damaged(msg('importing.open.damaged.partBroken', part.name));
    const name = part.name.replace(/^\//, '');
    if (/\.(xml|rels|vml)$/i.test(name)) {
      elements += startTags(unpacked);
      if (elements > MAX_XLSX_ELEMENTS) return { ok: false, message: tooManyElements(elements) };
    }
    if (name === 'xl/workbook.xml') {
      for (const m of text.decode(unpacked).matchAll(DEFINED_NAME)) {
        for (const ref of (m[1] as string).split(',')) named += areaOf(ref.replace(/^.*!/, ''));
      }
      if (named > MAX_IMPORT_CELLS) return { ok: false, message: tooLargeArea('named', named) };
    } else if (WORKSHEET.test(name)) {
      const xml = text.decode(unpacked);
      cells += count(xml, CELL);
      rows += count(xml, ROW);
      if (cells > MAX_IMPORT_CELLS) return { ok: false, message: tooManyCells(undefined, cells) };
      if (rows > MAX_IMPORT_CELLS) return { ok: false, message: tooManyRows(rows) };
      for (const m of xml.matchAll(MERGE)) merged += areaOf(m[1] as string);
      if (merged > MAX_IMPORT_CELLS) return { ok: false, message: tooLargeArea('merged', merged) };
    }
  }
  return { ok: true };
}
