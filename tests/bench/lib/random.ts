// Seeded randomness: the same seed gives the same organization, byte for byte.

/** sfc32: small, fast, good enough for test data; seeded through splitmix32. */
export class Random {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number) {
    let s = seed >>> 0;
    const next = () => {
      s = (s + 0x9e3779b9) >>> 0;
      let z = s;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
      return (z ^ (z >>> 16)) >>> 0;
    };
    this.a = next();
    this.b = next();
    this.c = next();
    this.d = next();
    for (let i = 0; i < 12; i++) this.uint32();
  }

  uint32(): number {
    const t = (((this.a + this.b) >>> 0) + this.d) >>> 0;
    this.d = (this.d + 1) >>> 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) >>> 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) >>> 0;
    return t;
  }

  /** [0, 1) */
  next(): number {
    return this.uint32() / 4294967296;
  }

  /** Whole number in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)];
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  shuffle<T>(items: T[]): T[] {
    for (let i = items.length - 1; i > 0; i--) {
      const j = this.int(i + 1);
      [items[i], items[j]] = [items[j], items[i]];
    }
    return items;
  }
}

/**
 * Draws indexes 0..n-1 with probability ∝ 1 / rank^s, where ranks are a seeded permutation
 * (so popularity is not tied to creation order): a few items get most of the draws.
 */
export class ZipfSampler {
  private readonly cdf: Float64Array;
  private readonly itemOfRank: Int32Array;

  constructor(n: number, s: number, random: Random) {
    this.cdf = new Float64Array(n);
    let sum = 0;
    for (let r = 0; r < n; r++) {
      sum += 1 / Math.pow(r + 1, s);
      this.cdf[r] = sum;
    }
    for (let r = 0; r < n; r++) this.cdf[r] /= sum;
    this.itemOfRank = Int32Array.from(random.shuffle([...Array(n).keys()]));
  }

  sample(random: Random): number {
    const u = random.next();
    let lo = 0;
    let hi = this.cdf.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.cdf[mid] < u) lo = mid + 1;
      else hi = mid;
    }
    return this.itemOfRank[lo];
  }
}

const HEX: string[] = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

/**
 * UUIDv7 ids from a given instant (RFC 9562: 48-bit ms timestamp, version 7, 12-bit counter,
 * variant, 62 random bits): generated rows are time-ordered like the app's uuidv7() ids, but
 * dated when the event happened. Monotonic for non-decreasing instants.
 */
export class UuidV7 {
  private lastMs = -1;
  private counter = 0;

  constructor(private readonly random: Random) {}

  at(ms: number): string {
    if (ms <= this.lastMs) {
      ms = this.lastMs;
      this.counter += 1;
      if (this.counter > 0xfff) {
        ms += 1;
        this.counter = 0;
      }
    } else {
      this.counter = 0;
    }
    this.lastMs = ms;
    const hi = Math.floor(ms / 0x1000000);
    const lo = ms % 0x1000000;
    const r1 = this.random.uint32();
    const r2 = this.random.uint32();
    const h = HEX;
    return (
      h[(hi >>> 16) & 0xff] +
      h[(hi >>> 8) & 0xff] +
      h[hi & 0xff] +
      h[(lo >>> 16) & 0xff] +
      '-' +
      h[(lo >>> 8) & 0xff] +
      h[lo & 0xff] +
      '-' +
      h[0x70 | ((this.counter >>> 8) & 0x0f)] +
      h[this.counter & 0xff] +
      '-' +
      h[0x80 | ((r1 >>> 24) & 0x3f)] +
      h[(r1 >>> 16) & 0xff] +
      '-' +
      h[(r1 >>> 8) & 0xff] +
      h[r1 & 0xff] +
      h[(r2 >>> 24) & 0xff] +
      h[(r2 >>> 16) & 0xff] +
      h[(r2 >>> 8) & 0xff] +
      h[r2 & 0xff]
    );
  }
}
