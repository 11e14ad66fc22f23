// Draws icon.png (128x128): the canvas's two halves, a circle (customer profile) and a square
// (value map), joined by a line (fit). No image library needed: raw RGBA -> PNG with zlib.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
const N = 128, S = 4; // 4x supersampling
const px = new Float64Array(N * N * 4);
const bg = [0x1e, 0x2a, 0x3a], orange = [0xf2, 0xa6, 0x3b], blue = [0x4d, 0xa3, 0xff], white = [0xf5, 0xf7, 0xfa];
function color(x, y) {
  const r = 14, inR = x > 4 && x < 124 && y > 4 && y < 124 &&
    !((x < 4 + r && y < 4 + r && Math.hypot(x - 4 - r, y - 4 - r) > r) || (x > 124 - r && y < 4 + r && Math.hypot(x - 124 + r, y - 4 - r) > r) ||
      (x < 4 + r && y > 124 - r && Math.hypot(x - 4 - r, y - 124 + r) > r) || (x > 124 - r && y > 124 - r && Math.hypot(x - 124 + r, y - 124 + r) > r));
  if (!inR) return null;
  const d = Math.hypot(x - 40, y - 64);
  if (d > 22 && d < 31) return orange;                                   // profile: circle
  const inSq = (a) => x > 80 - a && x < 112 + a && y > 48 - a && y < 80 + a;
  if (inSq(4.5) && !inSq(-4.5)) return blue;                             // value map: square
  if (y > 61 && y < 67 && x > 66 && x < 80) return white;                // fit
  return bg;
}
for (let y = 0; y < N; y++) for (let x = 0; x < N; x++) {
  let acc = [0, 0, 0, 0];
  for (let j = 0; j < S; j++) for (let i = 0; i < S; i++) {
    const c = color(x + (i + 0.5) / S, y + (j + 0.5) / S);
    if (c) { acc[0] += c[0]; acc[1] += c[1]; acc[2] += c[2]; acc[3] += 255; }
  }
  const n = S * S, o = (y * N + x) * 4, a = acc[3] / n;
  px[o] = a ? acc[0] / (acc[3] / 255) : 0; px[o + 1] = a ? acc[1] / (acc[3] / 255) : 0; px[o + 2] = a ? acc[2] / (acc[3] / 255) : 0; px[o + 3] = a;
}
const raw = Buffer.alloc(N * (N * 4 + 1));
for (let y = 0; y < N; y++) { raw[y * (N * 4 + 1)] = 0; for (let i = 0; i < N * 4; i++) raw[y * (N * 4 + 1) + 1 + i] = Math.round(px[y * N * 4 + i]); }
const crcTable = Array.from({ length: 256 }, (_, n) => { let c = n; for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1; return c >>> 0; });
const crc = b => { let c = 0xffffffff; for (const x of b) c = crcTable[(c ^ x) & 0xff] ^ (c >>> 8); return (c ^ 0xffffffff) >>> 0; };
const chunk = (type, data) => { const len = Buffer.alloc(4); len.writeUInt32BE(data.length); const td = Buffer.concat([Buffer.from(type), data]); const c = Buffer.alloc(4); c.writeUInt32BE(crc(td)); return Buffer.concat([len, td, c]); };
const ihdr = Buffer.alloc(13); ihdr.writeUInt32BE(N, 0); ihdr.writeUInt32BE(N, 4); ihdr[8] = 8; ihdr[9] = 6;
writeFileSync(process.argv[2] ?? 'icon.png', Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]));
