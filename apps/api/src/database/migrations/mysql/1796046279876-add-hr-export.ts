import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddHrExport1796046279876 implements MigrationInterface {
  name = 'AddHrExport1796046279876';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE \`evaluation_periods\` (\`id\` varchar(36) NOT NULL, \`organization_id\` varchar(36) NOT NULL, \`name\` varchar(100) NOT NULL, \`first_day\` varchar(10) NOT NULL, \`last_day\` varchar(10) NOT NULL, \`kind\` varchar(8) NOT NULL, \`preset_key\` varchar(16) NULL, \`status\` varchar(8) NOT NULL, \`locked_at\` datetime NULL, \`locked_by\` varchar(36) NULL, \`locked_rules_json\` text NULL, \`snapshot_rows\` int NULL, \`created_by\` varchar(36) NULL, \`created_at\` datetime NOT NULL, INDEX \`ix_evaluation_periods_org_first_day\` (\`organization_id\`, \`first_day\`), UNIQUE INDEX \`uq_evaluation_periods_org_preset\` (\`organization_id\`, \`preset_key\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    await queryRunner.query(`CREATE TABLE \`evaluation_snapshots\` (\`id\` varchar(36) NOT NULL, \`organization_id\` varchar(36) NOT NULL, \`period_id\` varchar(36) NOT NULL, \`position\` int NOT NULL, \`member_id\` varchar(36) NOT NULL, \`department_id\` varchar(36) NULL, \`row_json\` text NOT NULL, UNIQUE INDEX \`uq_evaluation_snapshots_period_member\` (\`organization_id\`, \`period_id\`, \`member_id\`), UNIQUE INDEX \`uq_evaluation_snapshots_period_position\` (\`organization_id\`, \`period_id\`, \`position\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    await queryRunner.query(`CREATE TABLE \`hr_export_settings\` (\`organization_id\` varchar(36) NOT NULL, \`managers_may_export\` tinyint NOT NULL, \`updated_by\` varchar(36) NULL, \`updated_at\` datetime NOT NULL, PRIMARY KEY (\`organization_id\`)) ENGINE=InnoDB`);
    await queryRunner.query(`CREATE TABLE \`export_audit_log\` (\`id\` varchar(36) NOT NULL, \`organization_id\` varchar(36) NOT NULL, \`actor_id\` varchar(36) NULL, \`actor_kind\` varchar(8) NOT NULL, \`scope\` varchar(12) NOT NULL, \`period_id\` varchar(36) NULL, \`filters_json\` text NOT NULL, \`format\` varchar(10) NOT NULL, \`row_count\` int NULL, \`sha256\` varchar(64) NULL, \`outcome\` varchar(8) NOT NULL, \`reason\` varchar(500) NULL, \`created_at\` datetime NOT NULL, INDEX \`ix_export_audit_org_id\` (\`organization_id\`, \`id\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX \`ix_export_audit_org_id\` ON \`export_audit_log\``);
    await queryRunner.query(`DROP TABLE \`export_audit_log\``);
    await queryRunner.query(`DROP TABLE \`hr_export_settings\``);
    await queryRunner.query(`DROP INDEX \`uq_evaluation_snapshots_period_position\` ON \`evaluation_snapshots\``);
    await queryRunner.query(`DROP INDEX \`uq_evaluation_snapshots_period_member\` ON \`evaluation_snapshots\``);
    await queryRunner.query(`DROP TABLE \`evaluation_snapshots\``);
    await queryRunner.query(`DROP INDEX \`uq_evaluation_periods_org_preset\` ON \`evaluation_periods\``);
    await queryRunner.query(`DROP INDEX \`ix_evaluation_periods_org_first_day\` ON \`evaluation_periods\``);
    await queryRunner.query(`DROP TABLE \`evaluation_periods\``);
  }
}
