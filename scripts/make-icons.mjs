// Draws the app's icons (static/icons/): an SVG and PNGs of 192 and 512 px, plus a
// maskable 512 px PNG whose drawing stays inside the 80 % safe zone. Run it by hand
// after changing the design: `node scripts/make-icons.mjs`. The PNGs are drawn here,
// with 4×4 supersampling, so no image tool is needed.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const GREEN = [0x0a, 0x6b, 0x4d];
const WHITE = [0xff, 0xff, 0xff];
// The drawing on a 100-unit square: three rising bars on a rounded square.
const BARS = [[22, 58, 14, 20], [43, 44, 14, 34], [64, 26, 14, 52]]; // x, y, width, height

function insideRounded(x, y, size, radius) {
  const cx = Math.min(Math.max(x, radius), size - radius);
  const cy = Math.min(Math.max(y, radius), size - radius);
  return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
}

/** RGBA pixels of the icon; `maskable` fills the square and shrinks the bars to 70 %. */
function draw(size, maskable) {
  const px = Buffer.alloc(size * size * 4);
  const scale = size / 100;
  const shrink = maskable ? 0.7 : 1;
  const offset = (100 - 100 * shrink) / 2;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let bg = 0, bar = 0;
      for (let sy = 0; sy < 4; sy++) {
        for (let sx = 0; sx < 4; sx++) {
          const u = (x + (sx + 0.5) / 4) / scale, v = (y + (sy + 0.5) / 4) / scale;
          if (maskable || insideRounded(u, v, 100, 18)) bg++;
          const bu = (u - offset) / shrink, bv = (v - offset) / shrink;
          if (BARS.some(([bx, by, bw, bh]) => bu >= bx && bu < bx + bw && bv >= by && bv < by + bh)) bar++;
        }
      }
      const i = (y * size + x) * 4;
      const t = bar / 16;
      for (let c = 0; c < 3; c++) px[i + c] = Math.round(GREEN[c] * (1 - t) + WHITE[c] * t);
      px[i + 3] = Math.round((bg / 16) * 255);
    }
  }
  return px;
}

const CRC = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4); len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4); crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}
function png(size, pixels) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0); header.writeUInt32BE(size, 4);
  header[8] = 8; header[9] = 6; // 8-bit RGBA
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) pixels.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header), chunk('IDAT', deflateSync(rows, { level: 9 })), chunk('IEND', Buffer.alloc(0)),
  ]);
}

const dir = new URL('../static/icons/', import.meta.url);
for (const size of [192, 512]) writeFileSync(new URL(`icon-${size}.png`, dir), png(size, draw(size, false)));
writeFileSync(new URL('icon-maskable-512.png', dir), png(512, draw(512, true)));
const hex = (c) => `#${c.map((v) => v.toString(16).padStart(2, '0')).join('')}`;
const bars = BARS.map(([x, y, w, h]) => `<rect x="${x}" y="${y}" width="${w}" height="${h}"/>`).join('');
writeFileSync(new URL('icon.svg', dir),
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100"><rect width="100" height="100" rx="18" fill="${hex(GREEN)}"/><g fill="${hex(WHITE)}">${bars}</g></svg>\n`);
console.log('icons written to static/icons/');
