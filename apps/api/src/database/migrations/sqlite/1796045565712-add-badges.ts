import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddBadges1796045565712 implements MigrationInterface {
  name = 'AddBadges1796045565712';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "member_badges" ("id" varchar(36) PRIMARY KEY NOT NULL, "organization_id" varchar(36) NOT NULL, "member_id" varchar(36) NOT NULL, "badge_code" varchar(64) NOT NULL, "tier" varchar(8) NOT NULL, "points" integer NOT NULL, "awarded_by" varchar(36), "reason" varchar(500), "awarded_at" datetime NOT NULL)`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_member_badges_org_awarded" ON "member_badges" ("organization_id", "awarded_at") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_member_badges_org_member_code_tier" ON "member_badges" ("organization_id", "member_id", "badge_code", "tier") `,
    );
    await queryRunner.query(
      `CREATE TABLE "custom_badges" ("id" varchar(36) PRIMARY KEY NOT NULL, "organization_id" varchar(36) NOT NULL, "code" varchar(64) NOT NULL, "name_ja" varchar(60) NOT NULL, "name_en" varchar(60) NOT NULL, "description_ja" varchar(200) NOT NULL, "description_en" varchar(200) NOT NULL, "metric" varchar(32) NOT NULL, "period" varchar(16) NOT NULL, "threshold" integer NOT NULL, "points" integer NOT NULL, "created_by" varchar(36) NOT NULL, "created_at" datetime NOT NULL)`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_custom_badges_org_code" ON "custom_badges" ("organization_id", "code") `,
    );
    await queryRunner.query(
      `CREATE TABLE "member_challenge_wins" ("organization_id" varchar(36) NOT NULL, "member_id" varchar(36) NOT NULL, "challenge_id" varchar(36) NOT NULL, "won_at" datetime NOT NULL, PRIMARY KEY ("organization_id", "member_id", "challenge_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "member_specialities" ("organization_id" varchar(36) NOT NULL, "member_id" varchar(36) NOT NULL, "tags_json" text NOT NULL, "updated_by" varchar(36) NOT NULL, "updated_at" datetime NOT NULL, PRIMARY KEY ("organization_id", "member_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_usage_org_earner_kind_day" ON "usage_events" ("organization_id", "earner_id", "kind", "local_day") `,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "ix_usage_org_earner_kind_day"`);
    await queryRunner.query(`DROP TABLE "member_specialities"`);
    await queryRunner.query(`DROP TABLE "member_challenge_wins"`);
    await queryRunner.query(`DROP TABLE "custom_badges"`);
    await queryRunner.query(`DROP TABLE "member_badges"`);
  }
}
