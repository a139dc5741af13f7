import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Usage kinds kept for the actor, and the genuine uncounted reasons, as of this migration. */
const ACTOR_KINDS = `'knowledgePublished', 'templatePublished', 'kudosReceived', 'templateReused', 'likeReceived', 'templateForked', 'knowledgeReviewed'`;
const GENUINE = `(\`counted\` = 1 OR \`uncounted_reason\` IN ('dailyCapReached', 'zeroRule'))`;

export class AddMemberUsageDays1796067700000 implements MigrationInterface {
  name = 'AddMemberUsageDays1796067700000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE \`member_usage_days\` (\`organization_id\` varchar(36) NOT NULL, \`member_id\` varchar(36) NOT NULL, \`role\` varchar(6) NOT NULL, \`kind\` varchar(32) NOT NULL, \`local_day\` varchar(10) NOT NULL, \`genuine\` int NOT NULL, \`counted\` int NOT NULL, INDEX \`ix_member_usage_days_org_day\` (\`organization_id\`, \`local_day\`), PRIMARY KEY (\`organization_id\`, \`member_id\`, \`role\`, \`kind\`, \`local_day\`)) ENGINE=InnoDB`,
    );
    // Backfill from the usage log (rules: libs/domain badges/usage-days).
    await queryRunner.query(
      `INSERT INTO \`member_usage_days\` (\`organization_id\`, \`member_id\`, \`role\`, \`kind\`, \`local_day\`, \`genuine\`, \`counted\`) SELECT \`organization_id\`, \`earner_id\`, 'earner', \`kind\`, \`local_day\`, COUNT(*), SUM(CASE WHEN \`counted\` = 1 THEN 1 ELSE 0 END) FROM \`usage_events\` WHERE ${GENUINE} GROUP BY \`organization_id\`, \`earner_id\`, \`kind\`, \`local_day\``,
    );
    await queryRunner.query(
      `INSERT INTO \`member_usage_days\` (\`organization_id\`, \`member_id\`, \`role\`, \`kind\`, \`local_day\`, \`genuine\`, \`counted\`) SELECT \`organization_id\`, \`actor_id\`, 'actor', \`kind\`, \`local_day\`, COUNT(*), SUM(CASE WHEN \`counted\` = 1 THEN 1 ELSE 0 END) FROM \`usage_events\` WHERE \`actor_id\` IS NOT NULL AND \`kind\` IN (${ACTOR_KINDS}) AND ${GENUINE} GROUP BY \`organization_id\`, \`actor_id\`, \`kind\`, \`local_day\``,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX \`ix_member_usage_days_org_day\` ON \`member_usage_days\``);
    await queryRunner.query(`DROP TABLE \`member_usage_days\``);
  }
}
