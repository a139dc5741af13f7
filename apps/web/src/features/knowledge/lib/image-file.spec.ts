import { MAX_IMAGE_BYTES, imageFileProblem, uploadFileName } from './image-file';

describe('imageFileProblem', () => {
  it('accepts PNG, JPEG, GIF and WebP up to 5 MB', () => {
    for (const type of ['image/png', 'image/jpeg', 'image/gif', 'image/webp']) {
      expect(imageFileProblem({ type, size: 1000 })).toBeNull();
    }
    expect(imageFileProblem({ type: 'image/png', size: MAX_IMAGE_BYTES })).toBeNull();
  });

  it('refuses other types, empty and too large files', () => {
    expect(imageFileProblem({ type: 'image/svg+xml', size: 10 })).toBe('unsupportedType');
    expect(imageFileProblem({ type: 'application/pdf', size: 10 })).toBe('unsupportedType');
    expect(imageFileProblem({ type: 'image/png', size: 0 })).toBe('empty');
    expect(imageFileProblem({ type: 'image/png', size: MAX_IMAGE_BYTES + 1 })).toBe('tooLarge');
  });
});

describe('uploadFileName', () => {
  it('keeps real file names and names pasted screenshots by time', () => {
    expect(uploadFileName({ name: '構成図.png', type: 'image/png' })).toBe('構成図.png');
    expect(
      uploadFileName({ name: 'image.png', type: 'image/png' }, new Date('2026-01-02T03:04:05Z')),
    ).toBe('screenshot-20260102030405.png');
    expect(uploadFileName({ name: '', type: 'image/jpeg' }, new Date('2026-01-02T03:04:05Z'))).toBe(
      'screenshot-20260102030405.jpg',
    );
  });
});
