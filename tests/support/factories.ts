import argon2 from 'argon2';
import type { DataSource } from 'typeorm';
import { provisionOrganization } from '../../apps/api/src/modules/organization/services/organization-provisioning';

export const TEST_PASSWORD = 'test-password-1234';

/** A second tenant with its own admin, created as the org:create CLI does. */
export async function createOrganization(
  dataSource: DataSource,
  slug: string,
  adminEmail = `admin@${slug}.example.com`,
): Promise<{ organizationId: string; adminEmail: string }> {
  const passwordHash = await argon2.hash(TEST_PASSWORD, {
    type: argon2.argon2id,
    memoryCost: 19456,
    timeCost: 2,
    parallelism: 1,
  });
  const { organization } = await provisionOrganization(dataSource, {
    slug,
    name: `${slug} 株式会社`,
    admin: {
      email: adminEmail,
      displayName: '管理 太郎',
      nameReading: 'カンリ タロウ',
      passwordHash,
    },
  });
  return { organizationId: organization.id, adminEmail };
}
