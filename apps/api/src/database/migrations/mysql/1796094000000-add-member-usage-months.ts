import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddMemberUsageMonths1796094000000 implements MigrationInterface {
  name = 'AddMemberUsageMonths1796094000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE \`member_usage_months\` (\`organization_id\` varchar(36) NOT NULL, \`month\` varchar(7) NOT NULL, \`member_id\` varchar(36) NOT NULL, \`role\` varchar(6) NOT NULL, \`kind\` varchar(32) NOT NULL, \`genuine\` int NOT NULL, \`counted\` int NOT NULL, PRIMARY KEY (\`organization_id\`, \`month\`, \`member_id\`, \`role\`, \`kind\`)) ENGINE=InnoDB`,
    );
    // Backfill from the daily aggregate: month of the local day.
    await queryRunner.query(
      `INSERT INTO \`member_usage_months\` (\`organization_id\`, \`month\`, \`member_id\`, \`role\`, \`kind\`, \`genuine\`, \`counted\`) SELECT \`organization_id\`, SUBSTR(\`local_day\`, 1, 7), \`member_id\`, \`role\`, \`kind\`, SUM(\`genuine\`), SUM(\`counted\`) FROM \`member_usage_days\` GROUP BY \`organization_id\`, SUBSTR(\`local_day\`, 1, 7), \`member_id\`, \`role\`, \`kind\``,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE \`member_usage_months\``);
  }
}
