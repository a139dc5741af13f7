import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddFeedPageIndex1796056200000 implements MigrationInterface {
  name = 'AddFeedPageIndex1796056200000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX \`ix_feed_items_org_id\` ON \`feed_items\` (\`organization_id\`, \`id\`)`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX \`ix_feed_items_org_id\` ON \`feed_items\``);
  }
}
