import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddAppeals1796047582953 implements MigrationInterface {
  name = 'AddAppeals1796047582953';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "appeals" ("id" varchar(36) PRIMARY KEY NOT NULL, "organization_id" varchar(36) NOT NULL, "member_id" varchar(36) NOT NULL, "status" varchar(12) NOT NULL, "subject_type" varchar(16) NOT NULL, "entry_id" varchar(36), "open_entry_key" varchar(36), "issue" varchar(20), "kind" varchar(32), "source_reference" varchar(500), "occurred_on" varchar(10), "reason" text NOT NULL, "outcome" varchar(12), "points" integer, "resolution_reason" text, "resolved_by" varchar(36), "resolved_at" datetime, "result_entry_id" varchar(36), "created_at" datetime NOT NULL, "updated_at" datetime NOT NULL)`);
    await queryRunner.query(`CREATE INDEX "ix_appeals_org_status" ON "appeals" ("organization_id", "status", "id") `);
    await queryRunner.query(`CREATE INDEX "ix_appeals_org_member" ON "appeals" ("organization_id", "member_id", "id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_appeals_org_open_entry" ON "appeals" ("organization_id", "open_entry_key") `);
    await queryRunner.query(`CREATE TABLE "appeal_events" ("id" varchar(36) PRIMARY KEY NOT NULL, "organization_id" varchar(36) NOT NULL, "appeal_id" varchar(36) NOT NULL, "actor_id" varchar(36) NOT NULL, "action" varchar(12) NOT NULL, "outcome" varchar(12), "points" integer, "entry_id" varchar(36), "reason" text, "created_at" datetime NOT NULL)`);
    await queryRunner.query(`CREATE INDEX "ix_appeal_events_org_appeal" ON "appeal_events" ("organization_id", "appeal_id", "id") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "appeal_events"`);
    await queryRunner.query(`DROP TABLE "appeals"`);
  }
}
