import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddPromptTemplates1795462582664 implements MigrationInterface {
  name = 'AddPromptTemplates1795462582664';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "prompt_templates" ("id" varchar(36) PRIMARY KEY NOT NULL, "organization_id" varchar(36) NOT NULL, "author_id" varchar(36) NOT NULL, "title" varchar(200) NOT NULL, "description" text NOT NULL, "category_id" varchar(36) NOT NULL, "kind" varchar(16) NOT NULL, "target_tool" varchar(16) NOT NULL, "body" text NOT NULL, "status" varchar(16) NOT NULL, "forked_from_id" varchar(36), "publish_count" integer NOT NULL, "reuse_count" integer NOT NULL, "fork_count" integer NOT NULL, "created_at" datetime NOT NULL, "updated_at" datetime NOT NULL)`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_prompt_templates_org_forked_from" ON "prompt_templates" ("organization_id", "forked_from_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_prompt_templates_org_category" ON "prompt_templates" ("organization_id", "category_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_prompt_templates_org_author" ON "prompt_templates" ("organization_id", "author_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_prompt_templates_org_status_reuse" ON "prompt_templates" ("organization_id", "status", "reuse_count", "id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_prompt_templates_org_status_id" ON "prompt_templates" ("organization_id", "status", "id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "template_categories" ("id" varchar(36) PRIMARY KEY NOT NULL, "organization_id" varchar(36) NOT NULL, "name" varchar(50) NOT NULL, "sort_order" integer NOT NULL, "created_at" datetime NOT NULL)`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_template_categories_org_name" ON "template_categories" ("organization_id", "name") `,
    );
    await queryRunner.query(
      `CREATE TABLE "template_reusers" ("template_id" varchar(36) NOT NULL, "member_id" varchar(36) NOT NULL, "organization_id" varchar(36) NOT NULL, "first_used_at" datetime NOT NULL, "use_count" integer NOT NULL, PRIMARY KEY ("template_id", "member_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_template_reusers_org_member" ON "template_reusers" ("organization_id", "member_id") `,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "template_reusers"`);
    await queryRunner.query(`DROP TABLE "template_categories"`);
    await queryRunner.query(`DROP TABLE "prompt_templates"`);
  }
}
