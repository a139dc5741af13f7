import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddSearchIndex1795462645027 implements MigrationInterface {
  name = 'AddSearchIndex1795462645027';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "search_documents" ("organization_id" varchar(36) NOT NULL, "doc_type" varchar(16) NOT NULL, "doc_id" varchar(36) NOT NULL, "title" varchar(200) NOT NULL, "body_text" text NOT NULL, "tags" varchar(1000) NOT NULL, "department_id" varchar(36), "popularity" integer NOT NULL, "updated_at" datetime NOT NULL, PRIMARY KEY ("organization_id", "doc_type", "doc_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_search_documents_org_type" ON "search_documents" ("organization_id", "doc_type") `,
    );
    await queryRunner.query(
      `CREATE TABLE "search_tokens" ("organization_id" varchar(36) NOT NULL, "token" varchar(64) NOT NULL, "doc_type" varchar(16) NOT NULL, "doc_id" varchar(36) NOT NULL, "weight" integer NOT NULL, PRIMARY KEY ("organization_id", "token", "doc_type", "doc_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_search_tokens_org_doc" ON "search_tokens" ("organization_id", "doc_type", "doc_id") `,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "search_tokens"`);
    await queryRunner.query(`DROP TABLE "search_documents"`);
  }
}
