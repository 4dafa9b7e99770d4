// The app icon (a pulse line on Pols blue) as SVG, and as PNGs drawn here so no binary files are needed
// (install prompts and iOS home screens want PNGs).
import { crc32, deflateSync } from 'node:zlib';

const BLUE = [0x0b, 0x5c, 0xad] as const;
/** The pulse line, in a 0..1 square. */
const PULSE: ReadonlyArray<readonly [number, number]> = [
  [0.14, 0.54],
  [0.36, 0.54],
  [0.45, 0.3],
  [0.56, 0.74],
  [0.65, 0.46],
  [0.86, 0.46],
];

export const ICON_SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100"><rect width="100" height="100" rx="22" fill="#0b5cad"/><polyline points="${PULSE.map(([x, y]) => `${x * 100},${y * 100}`).join(' ')}" fill="none" stroke="#fff" stroke-width="8" stroke-linecap="round" stroke-linejoin="round"/></svg>`;

function distanceToSegment(px: number, py: number, [ax, ay]: readonly [number, number], [bx, by]: readonly [number, number]): number {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** A square RGB PNG: full-bleed blue (maskable-safe) with the white pulse line. */
export function iconPng(size: number): Buffer {
  const row = 1 + size * 3;
  const raw = Buffer.alloc(row * size);
  const half = 0.04;
  for (let y = 0; y < size; y++) {
    raw[y * row] = 0; // filter: none
    for (let x = 0; x < size; x++) {
      const px = (x + 0.5) / size;
      const py = (y + 0.5) / size;
      let d = Number.POSITIVE_INFINITY;
      for (let i = 1; i < PULSE.length; i++) d = Math.min(d, distanceToSegment(px, py, PULSE[i - 1]!, PULSE[i]!));
      // Anti-aliased edge over about one pixel.
      const white = Math.max(0, Math.min(1, (half - d) * size + 0.5));
      const offset = y * row + 1 + x * 3;
      for (let c = 0; c < 3; c++) raw[offset + c] = Math.round(BLUE[c]! + (255 - BLUE[c]!) * white);
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB, no interlace
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body) >>> 0);
  return Buffer.concat([length, body, crc]);
}
