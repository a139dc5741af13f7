/** What uploadImage accepts (the server sniffs the bytes as well). */
export const IMAGE_TYPES = ['image/png', 'image/jpeg', 'image/gif', 'image/webp'] as const;
export const MAX_IMAGE_BYTES = 5 * 1024 * 1024;

export type ImageFileProblem = 'unsupportedType' | 'tooLarge' | 'empty';

/** Checks a picked, pasted or dropped file before it is read and sent. */
export function imageFileProblem(file: { type: string; size: number }): ImageFileProblem | null {
  if (!(IMAGE_TYPES as readonly string[]).includes(file.type)) return 'unsupportedType';
  if (file.size === 0) return 'empty';
  if (file.size > MAX_IMAGE_BYTES) return 'tooLarge';
  return null;
}

/** A name for a pasted screenshot, which arrives as "image.png". */
export function uploadFileName(file: { name: string; type: string }, now = new Date()): string {
  if (file.name && file.name !== 'image.png') return file.name;
  const extension = file.type.split('/')[1]?.replace('jpeg', 'jpg') ?? 'png';
  const stamp = now.toISOString().slice(0, 19).replace(/[-:T]/g, '');
  return `screenshot-${stamp}.${extension}`;
}
