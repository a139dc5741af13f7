import { hashPassword } from '../../apps/api/src/modules/identity/services/password-hasher.service';
import type { DataSource } from 'typeorm';
import { provisionOrganization } from '../../apps/api/src/modules/organization/services/organization-provisioning';

export const TEST_PASSWORD = 'test-password-1234';

/** A second tenant with its own admin, created as the org:create CLI does. */
export async function createOrganization(
  dataSource: DataSource,
  slug: string,
  adminEmail = `admin@${slug}.example.com`,
): Promise<{ organizationId: string; adminEmail: string }> {
  const passwordHash = await hashPassword(TEST_PASSWORD);
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
