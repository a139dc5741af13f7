import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddFairPlayReversals1796045460007 implements MigrationInterface {
  name = 'AddFairPlayReversals1796045460007';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "fair_play_reversals" ("id" varchar(36) PRIMARY KEY NOT NULL, "organization_id" varchar(36) NOT NULL, "group_id" varchar(32) NOT NULL, "period_from" varchar(10) NOT NULL, "period_to" varchar(10) NOT NULL, "kinds" varchar(120) NOT NULL, "member_ids" text NOT NULL, "reason" varchar(500) NOT NULL, "reversed_by_id" varchar(36) NOT NULL, "entries_reversed" integer NOT NULL, "points_reversed" integer NOT NULL, "created_at" datetime NOT NULL)`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_fair_play_reversals_org_created" ON "fair_play_reversals" ("organization_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_fair_play_reversals_org_group" ON "fair_play_reversals" ("organization_id", "group_id") `,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "fair_play_reversals"`);
  }
}
