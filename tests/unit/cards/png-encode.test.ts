/**
 * The card PNG encoder, decoded by an independent reader: resvg's (the Rust png crate, which
 * checks chunk CRCs and the zlib stream) through an <image> in an SVG, plus the tests' own reader.
 */
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { encodePng, isOpaque } from '../../../src/cards/png.ts';
import { svgToPng } from '../../../src/cards/render.ts';
import { decodePng } from '../../helpers/png.ts';

/** Decodes a PNG with resvg by drawing it 1:1 onto a canvas of its size. */
function decodeWithResvg(png: Uint8Array, width: number, height: number): Uint8Array {
  const href = `data:image/png;base64,${Buffer.from(png).toString('base64')}`;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><image width="${width}" height="${height}" href="${href}" image-rendering="optimizeSpeed"/></svg>`;
  return new Resvg(svg, { fitTo: { mode: 'original' } }).render().pixels;
}

function gradient(width: number, height: number): Uint8Array {
  const rgba = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      rgba.set([(x * 7) & 255, (y * 13) & 255, (x * y) & 255, 255], i);
    }
  }
  return rgba;
}

describe('encodePng', () => {
  it('writes a PNG that another decoder reads back pixel for pixel', () => {
    const [width, height] = [37, 23];
    const rgba = gradient(width, height);
    const png = encodePng(width, height, rgba);
    expect(Buffer.from(decodeWithResvg(png, width, height)).equals(Buffer.from(rgba))).toBe(true);
    const own = decodePng(png);
    expect([own.width, own.height]).toEqual([width, height]);
    expect(Buffer.from(own.pixels).equals(Buffer.from(rgba))).toBe(true);
  });

  it('rejects a buffer that does not match the size', () => {
    expect(() => encodePng(10, 10, new Uint8Array(10 * 10 * 3))).toThrow(/300 bytes is not 10 × 10 RGBA pixels/);
  });

  it('tells opaque pixels from transparent ones', () => {
    expect(isOpaque(Uint8Array.from([1, 2, 3, 255, 4, 5, 6, 255]))).toBe(true);
    expect(isOpaque(Uint8Array.from([1, 2, 3, 255, 4, 5, 6, 128]))).toBe(false);
  });
});

describe('svgToPng', () => {
  it('writes opaque images with the card encoder and keeps transparency exact through resvg', () => {
    const opaque = svgToPng('<svg xmlns="http://www.w3.org/2000/svg" width="8" height="4"><rect width="8" height="4" fill="#9b1c1c"/></svg>');
    expect(decodePng(opaque).pixels.slice(0, 4)).toEqual(Uint8Array.from([0x9b, 0x1c, 0x1c, 255]));
    // Half-transparent red: PNG stores straight alpha (255, 0, 0, 128), not resvg's premultiplied (128, 0, 0, 128).
    const translucent = svgToPng('<svg xmlns="http://www.w3.org/2000/svg" width="8" height="4"><rect width="8" height="4" fill="#ff0000" fill-opacity="0.5"/></svg>');
    const [r, g, b, a] = decodePng(translucent).pixels;
    expect([r, g, b]).toEqual([255, 0, 0]);
    expect(a).toBeGreaterThan(120);
    expect(a).toBeLessThan(135);
  });
});
