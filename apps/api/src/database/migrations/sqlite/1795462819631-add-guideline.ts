import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddGuideline1795462819631 implements MigrationInterface {
  name = 'AddGuideline1795462819631';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "guideline_versions" ("id" varchar(36) PRIMARY KEY NOT NULL, "organization_id" varchar(36) NOT NULL, "version" integer NOT NULL, "recommended_uses" text NOT NULL, "never_input" text NOT NULL, "final_check" text NOT NULL, "published_by" varchar(36) NOT NULL, "published_at" datetime NOT NULL)`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_guideline_versions_org_version" ON "guideline_versions" ("organization_id", "version") `,
    );
    await queryRunner.query(
      `CREATE TABLE "guideline_acknowledgements" ("organization_id" varchar(36) NOT NULL, "member_id" varchar(36) NOT NULL, "version" integer NOT NULL, "acknowledged_at" datetime NOT NULL, PRIMARY KEY ("organization_id", "member_id", "version"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "banned_terms" ("id" varchar(36) PRIMARY KEY NOT NULL, "organization_id" varchar(36) NOT NULL, "term" varchar(100) NOT NULL, "created_by" varchar(36) NOT NULL, "created_at" datetime NOT NULL)`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_banned_terms_org_term" ON "banned_terms" ("organization_id", "term") `,
    );
    await queryRunner.query(
      `CREATE TABLE "content_check_confirmations" ("id" varchar(36) PRIMARY KEY NOT NULL, "organization_id" varchar(36) NOT NULL, "member_id" varchar(36) NOT NULL, "source_type" varchar(20) NOT NULL, "source_id" varchar(36) NOT NULL, "flags_json" text NOT NULL, "confirmed_at" datetime NOT NULL)`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_content_confirmations_org_source" ON "content_check_confirmations" ("organization_id", "source_type", "source_id") `,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "content_check_confirmations"`);
    await queryRunner.query(`DROP TABLE "banned_terms"`);
    await queryRunner.query(`DROP TABLE "guideline_acknowledgements"`);
    await queryRunner.query(`DROP TABLE "guideline_versions"`);
  }
}
