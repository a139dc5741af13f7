import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddRecognition1796045600400 implements MigrationInterface {
  name = 'AddRecognition1796045600400';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "point_target_weekly_counts" ("organization_id" varchar(36) NOT NULL, "actor_id" varchar(36) NOT NULL, "earner_id" varchar(36) NOT NULL, "week_key" varchar(8) NOT NULL, "kind" varchar(32) NOT NULL, "credits" integer NOT NULL, PRIMARY KEY ("organization_id", "actor_id", "earner_id", "week_key", "kind"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "recognition_values" ("id" varchar(36) PRIMARY KEY NOT NULL, "organization_id" varchar(36) NOT NULL, "label" varchar(60) NOT NULL, "label_en" varchar(60), "position" integer NOT NULL, "archived_at" datetime, "created_at" datetime NOT NULL, "updated_at" datetime NOT NULL)`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_recognition_values_org_label" ON "recognition_values" ("organization_id", "label") `,
    );
    await queryRunner.query(
      `CREATE TABLE "recognition_settings" ("organization_id" varchar(36) PRIMARY KEY NOT NULL, "monthly_kudos_budget" integer NOT NULL, "updated_at" datetime NOT NULL)`,
    );
    await queryRunner.query(
      `CREATE TABLE "kudos" ("id" varchar(36) PRIMARY KEY NOT NULL, "organization_id" varchar(36) NOT NULL, "giver_id" varchar(36) NOT NULL, "receiver_id" varchar(36) NOT NULL, "value_id" varchar(36) NOT NULL, "message" text NOT NULL, "points" integer NOT NULL, "budget_month" varchar(7) NOT NULL, "created_at" datetime NOT NULL, "reversed_at" datetime, "reversed_by" varchar(36), "reversal_reason" varchar(500))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_kudos_org_receiver_created" ON "kudos" ("organization_id", "receiver_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_kudos_org_giver_created" ON "kudos" ("organization_id", "giver_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "kudos_budget_counters" ("organization_id" varchar(36) NOT NULL, "giver_id" varchar(36) NOT NULL, "month" varchar(7) NOT NULL, "used" integer NOT NULL, PRIMARY KEY ("organization_id", "giver_id", "month"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "feed_items" ("id" varchar(36) PRIMARY KEY NOT NULL, "organization_id" varchar(36) NOT NULL, "source_key" varchar(120) NOT NULL, "type" varchar(32) NOT NULL, "actor_id" varchar(36), "subject_id" varchar(36), "department_id" varchar(36), "payload" text NOT NULL, "created_at" datetime NOT NULL)`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_feed_items_org_subject" ON "feed_items" ("organization_id", "subject_id", "id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_feed_items_org_actor" ON "feed_items" ("organization_id", "actor_id", "id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_feed_items_org_department" ON "feed_items" ("organization_id", "department_id", "id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_feed_items_org_source" ON "feed_items" ("organization_id", "source_key") `,
    );
    await queryRunner.query(
      `CREATE TABLE "feed_reactions" ("feed_item_id" varchar(36) NOT NULL, "member_id" varchar(36) NOT NULL, "emoji" varchar(16) NOT NULL, "organization_id" varchar(36) NOT NULL, "created_at" datetime NOT NULL, PRIMARY KEY ("feed_item_id", "member_id", "emoji"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_feed_reactions_org_item" ON "feed_reactions" ("organization_id", "feed_item_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "feed_comments" ("id" varchar(36) PRIMARY KEY NOT NULL, "organization_id" varchar(36) NOT NULL, "feed_item_id" varchar(36) NOT NULL, "author_id" varchar(36) NOT NULL, "body" text NOT NULL, "created_at" datetime NOT NULL)`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_feed_comments_org_item" ON "feed_comments" ("organization_id", "feed_item_id", "id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "notifications" ("id" varchar(36) PRIMARY KEY NOT NULL, "organization_id" varchar(36) NOT NULL, "member_id" varchar(36) NOT NULL, "source_key" varchar(120) NOT NULL, "type" varchar(32) NOT NULL, "actor_id" varchar(36), "payload" text NOT NULL, "read_at" datetime, "created_at" datetime NOT NULL)`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_notifications_org_member_id" ON "notifications" ("organization_id", "member_id", "id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_notifications_org_member_source" ON "notifications" ("organization_id", "member_id", "source_key") `,
    );
    await queryRunner.query(
      `CREATE TABLE "template_reuse_milestones" ("organization_id" varchar(36) NOT NULL, "template_id" varchar(36) NOT NULL, "milestone" integer NOT NULL, "reached_at" datetime NOT NULL, PRIMARY KEY ("organization_id", "template_id", "milestone"))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "template_reuse_milestones"`);
    await queryRunner.query(`DROP TABLE "notifications"`);
    await queryRunner.query(`DROP TABLE "feed_comments"`);
    await queryRunner.query(`DROP TABLE "feed_reactions"`);
    await queryRunner.query(`DROP TABLE "feed_items"`);
    await queryRunner.query(`DROP TABLE "kudos_budget_counters"`);
    await queryRunner.query(`DROP TABLE "kudos"`);
    await queryRunner.query(`DROP TABLE "recognition_settings"`);
    await queryRunner.query(`DROP TABLE "recognition_values"`);
    await queryRunner.query(`DROP TABLE "point_target_weekly_counts"`);
  }
}
