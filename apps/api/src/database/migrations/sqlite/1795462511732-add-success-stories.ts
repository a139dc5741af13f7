import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddSuccessStories1795462511732 implements MigrationInterface {
  name = 'AddSuccessStories1795462511732';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "success_story_templates" ("story_id" varchar(36) NOT NULL, "template_id" varchar(36) NOT NULL, "organization_id" varchar(36) NOT NULL, PRIMARY KEY ("story_id", "template_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_story_templates_org_template" ON "success_story_templates" ("organization_id", "template_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "success_stories" ("id" varchar(36) PRIMARY KEY NOT NULL, "organization_id" varchar(36) NOT NULL, "author_id" varchar(36) NOT NULL, "department_id" varchar(36), "title" varchar(200) NOT NULL, "improved" text NOT NULL, "how_markdown" text NOT NULL, "minutes_before_x100" integer NOT NULL, "minutes_after_x100" integer NOT NULL, "occurrences_per_month_x100" integer NOT NULL, "quality_note" varchar(2000), "status" varchar(12) NOT NULL, "reviewer_id" varchar(36), "review_comment" varchar(2000), "submitted_at" datetime, "reviewed_at" datetime, "approved_at" datetime, "approval_count" integer NOT NULL, "created_at" datetime NOT NULL, "updated_at" datetime NOT NULL)`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_stories_org_department_status" ON "success_stories" ("organization_id", "department_id", "status") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_stories_org_author" ON "success_stories" ("organization_id", "author_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_stories_org_status" ON "success_stories" ("organization_id", "status") `,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "success_stories"`);
    await queryRunner.query(`DROP TABLE "success_story_templates"`);
  }
}
