import { sniffImageType } from './image-type';

const bytes = (...b: number[]) => new Uint8Array(b);
// ASCII text as bytes (the domain has no DOM or Node types, so no TextEncoder).
const ascii = (text: string) => new Uint8Array([...text].map((c) => c.charCodeAt(0)));

describe('sniffImageType', () => {
  it('recognises PNG, JPEG, GIF and WebP by their magic bytes', () => {
    expect(sniffImageType(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0))).toBe(
      'image/png',
    );
    expect(sniffImageType(bytes(0xff, 0xd8, 0xff, 0xe0))).toBe('image/jpeg');
    expect(sniffImageType(ascii('GIF89a...'))).toBe('image/gif');
    expect(sniffImageType(ascii('RIFF\u0000\u0000\u0000\u0000WEBPVP8 '))).toBe('image/webp');
  });

  it('refuses SVG, HTML, text and truncated headers whatever the file is called', () => {
    expect(
      sniffImageType(ascii('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)">')),
    ).toBeNull();
    expect(sniffImageType(ascii('<!doctype html><script>'))).toBeNull();
    expect(sniffImageType(ascii('RIFF\u0000\u0000\u0000\u0000WAVE'))).toBeNull();
    expect(sniffImageType(bytes(0x89, 0x50, 0x4e))).toBeNull();
    expect(sniffImageType(bytes())).toBeNull();
  });
});
