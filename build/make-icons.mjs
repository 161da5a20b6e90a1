// Draws the app icon and writes it in the formats electron-builder wants, with no tools beyond
// Node: icon.png (1024), icons/NxN.png (Linux icon set, 16–1024), icon.ico (Windows: 16–256)
// and icon.icns (macOS).
// The picture: three rising bars on a blue tile, the tallest in the accent orange — savings
// growing year by year. Colours from shared/palette.ts (Okabe–Ito blue and orange).
// Run: node build/make-icons.mjs
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const here = path.dirname(fileURLToPath(import.meta.url));

const BLUE = [0x00, 0x72, 0xb2];
const WHITE = [0xff, 0xff, 0xff];
const ORANGE = [0xe6, 0x9f, 0x00];

/** Is (x, y) inside the rounded rectangle? Coordinates on the 1024 grid. */
function inRoundedRect(x, y, left, top, right, bottom, radius) {
  if (x < left || x > right || y < top || y > bottom) return false;
  const cx = Math.min(Math.max(x, left + radius), right - radius);
  const cy = Math.min(Math.max(y, top + radius), bottom - radius);
  return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
}

// Layers from back to front, on a 1024 × 1024 grid.
const SHAPES = [
  { colour: BLUE, inside: (x, y) => inRoundedRect(x, y, 100, 100, 924, 924, 180) },
  { colour: WHITE, inside: (x, y) => inRoundedRect(x, y, 250, 540, 380, 780, 24) },
  { colour: WHITE, inside: (x, y) => inRoundedRect(x, y, 447, 420, 577, 780, 24) },
  { colour: ORANGE, inside: (x, y) => inRoundedRect(x, y, 644, 260, 774, 780, 24) },
];

/** RGBA pixels of the icon at `size`, anti-aliased by 4 × 4 supersampling. */
function render(size) {
  const pixels = Buffer.alloc(size * size * 4);
  const n = 4;
  const scale = 1024 / size;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const x = (px + (sx + 0.5) / n) * scale;
          const y = (py + (sy + 0.5) / n) * scale;
          let colour = null;
          for (const shape of SHAPES) if (shape.inside(x, y)) colour = shape.colour;
          if (colour) {
            r += colour[0];
            g += colour[1];
            b += colour[2];
            a += 1;
          }
        }
      }
      const i = (py * size + px) * 4;
      // Colours averaged over the covered samples (straight, not premultiplied, alpha).
      pixels[i] = a ? Math.round(r / a) : 0;
      pixels[i + 1] = a ? Math.round(g / a) : 0;
      pixels[i + 2] = a ? Math.round(b / a) : 0;
      pixels[i + 3] = Math.round((a / (n * n)) * 255);
    }
  }
  return pixels;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buffer) {
  let c = 0xffffffff;
  for (const byte of buffer) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function png(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    rows[y * (size * 4 + 1)] = 0; // filter: none
    rgba.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A 32-bit BMP (DIB) icon image: what every Windows tool reads for the small sizes. */
function dib(size, rgba) {
  const header = Buffer.alloc(40);
  header.writeUInt32LE(40, 0);
  header.writeInt32LE(size, 4);
  header.writeInt32LE(size * 2, 8); // colour image plus AND mask
  header.writeUInt16LE(1, 12);
  header.writeUInt16LE(32, 14);
  const maskRow = Math.ceil(size / 32) * 4;
  header.writeUInt32LE(size * size * 4 + maskRow * size, 20);
  const colour = Buffer.alloc(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const from = ((size - 1 - y) * size + x) * 4; // bottom-up
      const to = (y * size + x) * 4;
      colour[to] = rgba[from + 2];
      colour[to + 1] = rgba[from + 1];
      colour[to + 2] = rgba[from];
      colour[to + 3] = rgba[from + 3];
    }
  }
  const mask = Buffer.alloc(maskRow * size); // all 0: the alpha channel decides
  return Buffer.concat([header, colour, mask]);
}

function ico(images) {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2); // icon
  header.writeUInt16LE(images.length, 4);
  const entries = [];
  let offset = 6 + 16 * images.length;
  for (const { size, data } of images) {
    const entry = Buffer.alloc(16);
    entry[0] = size >= 256 ? 0 : size;
    entry[1] = size >= 256 ? 0 : size;
    entry.writeUInt16LE(1, 4); // planes
    entry.writeUInt16LE(32, 6); // bits per pixel
    entry.writeUInt32LE(data.length, 8);
    entry.writeUInt32LE(offset, 12);
    entries.push(entry);
    offset += data.length;
  }
  return Buffer.concat([header, ...entries, ...images.map((image) => image.data)]);
}

function icns(entries) {
  const parts = entries.map(({ type, data }) => {
    const head = Buffer.alloc(8);
    head.write(type, 0, 'ascii');
    head.writeUInt32BE(data.length + 8, 4);
    return Buffer.concat([head, data]);
  });
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'ascii');
  head.writeUInt32BE(8 + parts.reduce((sum, part) => sum + part.length, 0), 4);
  return Buffer.concat([head, ...parts]);
}

const rendered = new Map();
const pixelsAt = (size) => {
  if (!rendered.has(size)) rendered.set(size, render(size));
  return rendered.get(size);
};
const pngAt = (size) => png(size, pixelsAt(size));

writeFileSync(path.join(here, 'icon.png'), pngAt(1024));
mkdirSync(path.join(here, 'icons'), { recursive: true });
for (const size of [16, 32, 48, 64, 128, 256, 512, 1024]) {
  writeFileSync(path.join(here, 'icons', `${size}x${size}.png`), pngAt(size));
}
writeFileSync(
  path.join(here, 'icon.ico'),
  ico([
    ...[16, 24, 32, 48, 64, 128].map((size) => ({ size, data: dib(size, pixelsAt(size)) })),
    { size: 256, data: pngAt(256) },
  ]),
);
writeFileSync(
  path.join(here, 'icon.icns'),
  icns([
    { type: 'ic07', data: pngAt(128) },
    { type: 'ic08', data: pngAt(256) },
    { type: 'ic09', data: pngAt(512) },
    { type: 'ic10', data: pngAt(1024) },
  ]),
);
console.log('Wrote build/icon.png, build/icons/*.png, build/icon.ico and build/icon.icns');
