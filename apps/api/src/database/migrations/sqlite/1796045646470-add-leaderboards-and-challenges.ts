import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddLeaderboardsAndChallenges1796045646470 implements MigrationInterface {
  name = 'AddLeaderboardsAndChallenges1796045646470';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "leaderboard_preferences" ("organization_id" varchar(36) NOT NULL, "member_id" varchar(36) NOT NULL, "hidden" boolean NOT NULL, "updated_at" datetime NOT NULL, PRIMARY KEY ("organization_id", "member_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "leaderboard_settings" ("organization_id" varchar(36) PRIMARY KEY NOT NULL, "staff_visible_top_n" integer, "updated_by" varchar(36) NOT NULL, "updated_at" datetime NOT NULL)`,
    );
    await queryRunner.query(
      `CREATE TABLE "challenges" ("id" varchar(36) PRIMARY KEY NOT NULL, "organization_id" varchar(36) NOT NULL, "title" varchar(100) NOT NULL, "description" varchar(2000) NOT NULL, "metric" varchar(20) NOT NULL, "target_x100" integer NOT NULL, "unit_type" varchar(12) NOT NULL, "scoring" varchar(10) NOT NULL, "starts_at" datetime NOT NULL, "ends_at" datetime NOT NULL, "winner_points" integer NOT NULL, "status" varchar(12) NOT NULL, "created_by" varchar(36) NOT NULL, "closed_at" datetime, "created_at" datetime NOT NULL, "updated_at" datetime NOT NULL)`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_challenges_org_status_starts" ON "challenges" ("organization_id", "status", "starts_at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_challenges_status_ends" ON "challenges" ("status", "ends_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "challenge_units" ("challenge_id" varchar(36) NOT NULL, "unit_id" varchar(36) NOT NULL, "organization_id" varchar(36) NOT NULL, "progress" integer NOT NULL, "final_headcount" integer, "final_rank" integer, "won" boolean NOT NULL, "updated_at" datetime NOT NULL, PRIMARY KEY ("challenge_id", "unit_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_challenge_units_org_unit" ON "challenge_units" ("organization_id", "unit_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "challenge_progress_keys" ("challenge_id" varchar(36) NOT NULL, "event_key" varchar(160) NOT NULL, "organization_id" varchar(36) NOT NULL, "created_at" datetime NOT NULL, PRIMARY KEY ("challenge_id", "event_key"))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "challenge_progress_keys"`);
    await queryRunner.query(`DROP TABLE "challenge_units"`);
    await queryRunner.query(`DROP TABLE "challenges"`);
    await queryRunner.query(`DROP TABLE "leaderboard_settings"`);
    await queryRunner.query(`DROP TABLE "leaderboard_preferences"`);
  }
}
