import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddMemberSourceMonths1796067800000 implements MigrationInterface {
  name = 'AddMemberSourceMonths1796067800000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE \`member_source_months\` (\`organization_id\` varchar(36) NOT NULL, \`month\` varchar(7) NOT NULL, \`member_id\` varchar(36) NOT NULL, \`category\` varchar(16) NOT NULL, \`source_type\` varchar(20) NOT NULL, \`source_id\` varchar(36) NOT NULL, \`points\` int NOT NULL, PRIMARY KEY (\`organization_id\`, \`month\`, \`member_id\`, \`category\`, \`source_type\`, \`source_id\`)) ENGINE=InnoDB`,
    );
    // Backfill from the ledger: month of the local day, member, category, source.
    await queryRunner.query(
      `INSERT INTO \`member_source_months\` (\`organization_id\`, \`month\`, \`member_id\`, \`category\`, \`source_type\`, \`source_id\`, \`points\`) SELECT \`organization_id\`, SUBSTR(\`local_day\`, 1, 7), \`member_id\`, \`category\`, \`source_type\`, \`source_id\`, SUM(\`points\`) FROM \`ledger_entries\` GROUP BY \`organization_id\`, SUBSTR(\`local_day\`, 1, 7), \`member_id\`, \`category\`, \`source_type\`, \`source_id\``,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE \`member_source_months\``);
  }
}
