#!/usr/bin/env node
// Draws build/icon.png (512×512): an NHS-blue rounded square with "IPS" in white. electron-builder makes
// the Windows .ico and macOS .icns from it. Run once; the PNG is committed.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const SIZE = 512;
const RADIUS = 96;
const NHS_BLUE = [0x00, 0x5e, 0xb8];
const WHITE = [0xff, 0xff, 0xff];

// 5×7 glyphs, one string per row.
const GLYPHS = {
  I: ['#####', '..#..', '..#..', '..#..', '..#..', '..#..', '#####'],
  P: ['####.', '#...#', '#...#', '####.', '#....', '#....', '#....'],
  S: ['.####', '#....', '#....', '.###.', '....#', '....#', '####.'],
};
const CELL = 24;
const TEXT = 'IPS';

function insideRoundedSquare(x, y) {
  const cx = Math.min(Math.max(x, RADIUS), SIZE - RADIUS);
  const cy = Math.min(Math.max(y, RADIUS), SIZE - RADIUS);
  return (x - cx) ** 2 + (y - cy) ** 2 <= RADIUS ** 2;
}

function isLetter(x, y) {
  const width = TEXT.length * 5 * CELL + (TEXT.length - 1) * CELL;
  const left = (SIZE - width) / 2;
  const top = (SIZE - 7 * CELL) / 2;
  const col = Math.floor((x - left) / CELL);
  const row = Math.floor((y - top) / CELL);
  if (row < 0 || row >= 7 || col < 0) return false;
  const letter = Math.floor(col / 6);
  const within = col % 6;
  if (letter >= TEXT.length || within === 5) return false;
  return GLYPHS[TEXT[letter]][row][within] === '#';
}

export function drawIcon() {
  const stride = SIZE * 4 + 1;
  const raw = Buffer.alloc(stride * SIZE);
  const samples = 4; // 4×4 supersampling smooths the rounded corners
  for (let y = 0; y < SIZE; y++) {
    raw[y * stride] = 0; // filter: none
    for (let x = 0; x < SIZE; x++) {
      let covered = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          if (insideRoundedSquare(x + (sx + 0.5) / samples, y + (sy + 0.5) / samples)) covered++;
        }
      }
      const colour = isLetter(x, y) ? WHITE : NHS_BLUE;
      const at = y * stride + 1 + x * 4;
      raw[at] = colour[0];
      raw[at + 1] = colour[1];
      raw[at + 2] = colour[2];
      raw[at + 3] = Math.round((255 * covered) / (samples * samples));
    }
  }
  return encodePng(SIZE, SIZE, raw);
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

function encodePng(width, height, filteredRgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(filteredRgba, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const out = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'icon.png');
  writeFileSync(out, drawIcon());
  console.log(`wrote ${out}`);
}
