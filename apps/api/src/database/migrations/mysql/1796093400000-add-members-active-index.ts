import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddMembersActiveIndex1796093400000 implements MigrationInterface {
  name = 'AddMembersActiveIndex1796093400000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX \`ix_members_org_active\` ON \`members\` (\`organization_id\`, \`active\`)`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX \`ix_members_org_active\` ON \`members\``);
  }
}
