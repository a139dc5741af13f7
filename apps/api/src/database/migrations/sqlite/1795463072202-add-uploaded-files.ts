import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddUploadedFiles1795463072202 implements MigrationInterface {
  name = 'AddUploadedFiles1795463072202';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "uploaded_files" ("id" varchar(36) PRIMARY KEY NOT NULL, "organization_id" varchar(36) NOT NULL, "uploader_id" varchar(36) NOT NULL, "content_type" varchar(32) NOT NULL, "byte_size" integer NOT NULL, "sha256" varchar(64) NOT NULL, "original_name" varchar(200) NOT NULL, "created_at" datetime NOT NULL)`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_uploaded_files_org_uploader" ON "uploaded_files" ("organization_id", "uploader_id") `,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "uploaded_files"`);
  }
}
