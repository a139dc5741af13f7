import { sniffImageType } from './image-type';

const bytes = (...b: number[]) => new Uint8Array(b);

describe('sniffImageType', () => {
  it('recognises PNG, JPEG, GIF and WebP by their magic bytes', () => {
    expect(sniffImageType(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0))).toBe(
      'image/png',
    );
    expect(sniffImageType(bytes(0xff, 0xd8, 0xff, 0xe0))).toBe('image/jpeg');
    expect(sniffImageType(new TextEncoder().encode('GIF89a...'))).toBe('image/gif');
    expect(sniffImageType(new TextEncoder().encode('RIFF\u0000\u0000\u0000\u0000WEBPVP8 '))).toBe(
      'image/webp',
    );
  });

  it('refuses SVG, HTML, text and truncated headers whatever the file is called', () => {
    expect(
      sniffImageType(
        new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)">'),
      ),
    ).toBeNull();
    expect(sniffImageType(new TextEncoder().encode('<!doctype html><script>'))).toBeNull();
    expect(sniffImageType(new TextEncoder().encode('RIFF\u0000\u0000\u0000\u0000WAVE'))).toBeNull();
    expect(sniffImageType(bytes(0x89, 0x50, 0x4e))).toBeNull();
    expect(sniffImageType(bytes())).toBeNull();
  });
});
