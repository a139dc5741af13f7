import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddFairPlayReversals1796045462725 implements MigrationInterface {
  name = 'AddFairPlayReversals1796045462725';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE \`fair_play_reversals\` (\`id\` varchar(36) NOT NULL, \`organization_id\` varchar(36) NOT NULL, \`group_id\` varchar(32) NOT NULL, \`period_from\` varchar(10) NOT NULL, \`period_to\` varchar(10) NOT NULL, \`kinds\` varchar(120) NOT NULL, \`member_ids\` text NOT NULL, \`reason\` varchar(500) NOT NULL, \`reversed_by_id\` varchar(36) NOT NULL, \`entries_reversed\` int NOT NULL, \`points_reversed\` int NOT NULL, \`created_at\` datetime NOT NULL, INDEX \`ix_fair_play_reversals_org_created\` (\`organization_id\`, \`created_at\`), INDEX \`ix_fair_play_reversals_org_group\` (\`organization_id\`, \`group_id\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `DROP INDEX \`ix_fair_play_reversals_org_group\` ON \`fair_play_reversals\``,
    );
    await queryRunner.query(
      `DROP INDEX \`ix_fair_play_reversals_org_created\` ON \`fair_play_reversals\``,
    );
    await queryRunner.query(`DROP TABLE \`fair_play_reversals\``);
  }
}
