// Draws the toolbar icon (two overlapping rounded figures: "side by side") as PNGs with
// no image library: raw RGBA rows, zlib, and the PNG chunk format. Run once when the
// design changes: `node scripts/make-icons.mjs`.
import { deflateSync } from 'node:zlib';
import { mkdirSync, writeFileSync } from 'node:fs';

const TEAL = [15, 107, 95, 255];
const ORANGE = [234, 120, 40, 255];
const CREAM = [255, 253, 247, 255];

function crc32(buf) {
  let c, crc = 0xffffffff;
  for (const byte of buf) {
    c = (crc ^ byte) & 0xff;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    crc = (crc >>> 8) ^ c;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

function pixel(x, y, size) {
  const u = (x + 0.5) / size, v = (y + 0.5) / size;
  const inDisc = (cx, cy, r) => (u - cx) ** 2 + (v - cy) ** 2 <= r * r;
  const inRounded = (x0, y0, x1, y1, r) => {
    const cx = Math.min(Math.max(u, x0 + r), x1 - r), cy = Math.min(Math.max(v, y0 + r), y1 - r);
    return (u - cx) ** 2 + (v - cy) ** 2 <= r * r;
  };
  if (!inRounded(0.02, 0.02, 0.98, 0.98, 0.22)) return [0, 0, 0, 0];
  if (inDisc(0.36, 0.34, 0.13) || inRounded(0.18, 0.52, 0.54, 0.9, 0.14)) return TEAL;
  if (inDisc(0.64, 0.34, 0.13) || inRounded(0.46, 0.52, 0.82, 0.9, 0.14)) return ORANGE;
  return CREAM;
}

function png(size) {
  const rows = [];
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 4);
    for (let x = 0; x < size; x++) Buffer.from(pixel(x, y, size)).copy(row, 1 + x * 4);
    rows.push(row);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  const signature = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]);
  return Buffer.concat([signature, chunk('IHDR', ihdr), chunk('IDAT', deflateSync(Buffer.concat(rows))), chunk('IEND', Buffer.alloc(0))]);
}

mkdirSync('public/icon', { recursive: true });
for (const size of [16, 32, 48, 128]) writeFileSync(`public/icon/${size}.png`, png(size));
console.log('icons written to public/icon/');
