import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddAppeals1796047603658 implements MigrationInterface {
  name = 'AddAppeals1796047603658';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE \`appeals\` (\`id\` varchar(36) NOT NULL, \`organization_id\` varchar(36) NOT NULL, \`member_id\` varchar(36) NOT NULL, \`status\` varchar(12) NOT NULL, \`subject_type\` varchar(16) NOT NULL, \`entry_id\` varchar(36) NULL, \`open_entry_key\` varchar(36) NULL, \`issue\` varchar(20) NULL, \`kind\` varchar(32) NULL, \`source_reference\` varchar(500) NULL, \`occurred_on\` varchar(10) NULL, \`reason\` text NOT NULL, \`outcome\` varchar(12) NULL, \`points\` int NULL, \`resolution_reason\` text NULL, \`resolved_by\` varchar(36) NULL, \`resolved_at\` datetime NULL, \`result_entry_id\` varchar(36) NULL, \`created_at\` datetime NOT NULL, \`updated_at\` datetime NOT NULL, INDEX \`ix_appeals_org_status\` (\`organization_id\`, \`status\`, \`id\`), INDEX \`ix_appeals_org_member\` (\`organization_id\`, \`member_id\`, \`id\`), UNIQUE INDEX \`uq_appeals_org_open_entry\` (\`organization_id\`, \`open_entry_key\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`appeal_events\` (\`id\` varchar(36) NOT NULL, \`organization_id\` varchar(36) NOT NULL, \`appeal_id\` varchar(36) NOT NULL, \`actor_id\` varchar(36) NOT NULL, \`action\` varchar(12) NOT NULL, \`outcome\` varchar(12) NULL, \`points\` int NULL, \`entry_id\` varchar(36) NULL, \`reason\` text NULL, \`created_at\` datetime NOT NULL, INDEX \`ix_appeal_events_org_appeal\` (\`organization_id\`, \`appeal_id\`, \`id\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX \`ix_appeal_events_org_appeal\` ON \`appeal_events\``);
    await queryRunner.query(`DROP TABLE \`appeal_events\``);
    await queryRunner.query(`DROP INDEX \`uq_appeals_org_open_entry\` ON \`appeals\``);
    await queryRunner.query(`DROP INDEX \`ix_appeals_org_member\` ON \`appeals\``);
    await queryRunner.query(`DROP INDEX \`ix_appeals_org_status\` ON \`appeals\``);
    await queryRunner.query(`DROP TABLE \`appeals\``);
  }
}
