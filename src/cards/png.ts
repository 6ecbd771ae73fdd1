/**
 * PNG encoding for cards. resvg's own encoder (`asPng`) filters every row adaptively and
 * deflates at the default level: about 12 ms and 110 kB for a card. A card is large flat areas of
 * colour, which deflate compresses well unfiltered: zlib at level 3 over the raw rows takes about
 * 4 ms and gives a smaller file (about 95 kB). Pixels with transparency fall back to resvg's
 * encoder, because resvg's pixel buffer is alpha-premultiplied and PNG stores straight alpha;
 * a card is opaque.
 */
import { crc32, deflateSync } from 'node:zlib';

/** zlib level for card PNGs: the knee of size against time for card images. */
export const PNG_DEFLATE_LEVEL = 3;

const SIGNATURE = Uint8Array.from([137, 80, 78, 71, 13, 10, 26, 10]);

function chunk(type: string, data: Uint8Array): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  out.set(data, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)) >>> 0, 8 + data.length);
  return out;
}

/** True when every pixel of an RGBA buffer is fully opaque. */
export function isOpaque(rgba: Uint8Array): boolean {
  for (let i = 3; i < rgba.length; i += 4) if (rgba[i] !== 255) return false;
  return true;
}

/**
 * An 8-bit RGBA PNG of `width` × `height` straight-alpha pixels (row after row, 4 bytes each),
 * rows unfiltered, deflated at `level`.
 */
export function encodePng(width: number, height: number, rgba: Uint8Array, level = PNG_DEFLATE_LEVEL): Uint8Array {
  const rowBytes = width * 4;
  if (!Number.isInteger(width) || !Number.isInteger(height) || width < 1 || height < 1 || rgba.length !== rowBytes * height) {
    throw new RangeError(`encodePng: ${rgba.length} bytes is not ${width} × ${height} RGBA pixels`);
  }
  const raw = Buffer.alloc((rowBytes + 1) * height);
  for (let y = 0; y < height; y++) {
    // Filter byte 0 (None), then the row as it is.
    raw.set(rgba.subarray(y * rowBytes, (y + 1) * rowBytes), y * (rowBytes + 1) + 1);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type: RGBA
  // compression, filter method and interlace: 0
  return Buffer.concat([SIGNATURE, chunk('IHDR', header), chunk('IDAT', deflateSync(raw, { level })), chunk('IEND', new Uint8Array(0))]);
}
