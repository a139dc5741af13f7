/// <reference types="node" />
import { bytesToBase64 } from './base64';

describe('bytesToBase64', () => {
  it('encodes raw bytes, including Shift_JIS bytes that are not valid UTF-8', () => {
    const shiftJis = new Uint8Array([0x8e, 0xd0, 0x88, 0xf5, 0x94, 0xd4, 0x8d, 0x86]); // 社員番号
    expect(bytesToBase64(shiftJis)).toBe(Buffer.from(shiftJis).toString('base64'));
  });

  it('handles inputs larger than one chunk', () => {
    const bytes = new Uint8Array(100_000).map((_, index) => index % 256);
    expect(bytesToBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
  });
});
