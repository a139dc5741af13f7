import fs from 'node:fs/promises';

// The DOS date/time of 1980-01-01 00:00: the earliest a zip entry can carry.
const DOS_TIME = 0;
const DOS_DATE = (0 << 9) | (1 << 5) | 1;

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;

/**
 * Sets every entry's modification time in a zip file (an XLSX) to 1980-01-01 00:00, in
 * place, so the file is a function of its content alone (a locked period's export must be
 * byte-identical whenever it is made). Touches only the central directory and each local
 * header's date fields: memory stays constant whatever the file size. Throws on a file that
 * is not a plain (non-zip64) archive.
 */
export async function fixZipTimestamps(file: string): Promise<void> {
  const handle = await fs.open(file, 'r+');
  try {
    const { size } = await handle.stat();
    const tailLength = Math.min(size, 22 + 0xffff);
    const tail = Buffer.alloc(tailLength);
    await handle.read(tail, 0, tailLength, size - tailLength);
    let eocd = -1;
    for (let i = tailLength - 22; i >= 0; i -= 1) {
      if (tail.readUInt32LE(i) === EOCD_SIGNATURE) {
        eocd = i;
        break;
      }
    }
    if (eocd < 0) throw new Error('Not a zip file: no end of central directory');
    const entries = tail.readUInt16LE(eocd + 10);
    const cdSize = tail.readUInt32LE(eocd + 12);
    const cdOffset = tail.readUInt32LE(eocd + 16);
    const cd = Buffer.alloc(cdSize);
    await handle.read(cd, 0, cdSize, cdOffset);
    const stamp = Buffer.alloc(4);
    stamp.writeUInt16LE(DOS_TIME, 0);
    stamp.writeUInt16LE(DOS_DATE, 2);
    let p = 0;
    for (let n = 0; n < entries; n += 1) {
      if (cd.readUInt32LE(p) !== CENTRAL_SIGNATURE) throw new Error('Malformed central directory');
      stamp.copy(cd, p + 12);
      const localOffset = cd.readUInt32LE(p + 42);
      const signature = Buffer.alloc(4);
      await handle.read(signature, 0, 4, localOffset);
      if (signature.readUInt32LE(0) !== LOCAL_SIGNATURE) throw new Error('Malformed local header');
      await handle.write(stamp, 0, 4, localOffset + 10);
      p += 46 + cd.readUInt16LE(p + 28) + cd.readUInt16LE(p + 30) + cd.readUInt16LE(p + 32);
    }
    await handle.write(cd, 0, cdSize, cdOffset);
  } finally {
    await handle.close();
  }
}
