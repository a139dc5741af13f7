import { Injectable } from '@nestjs/common';
import argon2 from 'argon2';
import { ARGON2_PARAMETERS } from '@chienowa/domain';

/** argon2id with OWASP's recommended parameters (19 MiB, t=2, p=1). */
export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, {
    type: argon2.argon2id,
    memoryCost: ARGON2_PARAMETERS.memoryCost,
    timeCost: ARGON2_PARAMETERS.timeCost,
    parallelism: ARGON2_PARAMETERS.parallelism,
  });
}

@Injectable()
export class PasswordHasher {
  // Verified when the email is unknown, so both paths take the same time (no user enumeration).
  private dummyHash: Promise<string> | null = null;

  hash(password: string): Promise<string> {
    return hashPassword(password);
  }

  async verify(hash: string | null, password: string): Promise<boolean> {
    if (!hash) {
      this.dummyHash ??= this.hash('chienowa-timing-equalizer');
      await argon2.verify(await this.dummyHash, password).catch(() => false);
      return false;
    }
    try {
      return await argon2.verify(hash, password);
    } catch {
      return false;
    }
  }
}
