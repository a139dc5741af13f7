import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddHrExport1796046256342 implements MigrationInterface {
  name = 'AddHrExport1796046256342';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "evaluation_periods" ("id" varchar(36) PRIMARY KEY NOT NULL, "organization_id" varchar(36) NOT NULL, "name" varchar(100) NOT NULL, "first_day" varchar(10) NOT NULL, "last_day" varchar(10) NOT NULL, "kind" varchar(8) NOT NULL, "preset_key" varchar(16), "status" varchar(8) NOT NULL, "locked_at" datetime, "locked_by" varchar(36), "locked_rules_json" text, "snapshot_rows" integer, "created_by" varchar(36), "created_at" datetime NOT NULL)`);
    await queryRunner.query(`CREATE INDEX "ix_evaluation_periods_org_first_day" ON "evaluation_periods" ("organization_id", "first_day") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_evaluation_periods_org_preset" ON "evaluation_periods" ("organization_id", "preset_key") `);
    await queryRunner.query(`CREATE TABLE "evaluation_snapshots" ("id" varchar(36) PRIMARY KEY NOT NULL, "organization_id" varchar(36) NOT NULL, "period_id" varchar(36) NOT NULL, "position" integer NOT NULL, "member_id" varchar(36) NOT NULL, "department_id" varchar(36), "row_json" text NOT NULL)`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_evaluation_snapshots_period_member" ON "evaluation_snapshots" ("organization_id", "period_id", "member_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_evaluation_snapshots_period_position" ON "evaluation_snapshots" ("organization_id", "period_id", "position") `);
    await queryRunner.query(`CREATE TABLE "hr_export_settings" ("organization_id" varchar(36) PRIMARY KEY NOT NULL, "managers_may_export" boolean NOT NULL, "updated_by" varchar(36), "updated_at" datetime NOT NULL)`);
    await queryRunner.query(`CREATE TABLE "export_audit_log" ("id" varchar(36) PRIMARY KEY NOT NULL, "organization_id" varchar(36) NOT NULL, "actor_id" varchar(36), "actor_kind" varchar(8) NOT NULL, "scope" varchar(12) NOT NULL, "period_id" varchar(36), "filters_json" text NOT NULL, "format" varchar(10) NOT NULL, "row_count" integer, "sha256" varchar(64), "outcome" varchar(8) NOT NULL, "reason" varchar(500), "created_at" datetime NOT NULL)`);
    await queryRunner.query(`CREATE INDEX "ix_export_audit_org_id" ON "export_audit_log" ("organization_id", "id") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "export_audit_log"`);
    await queryRunner.query(`DROP TABLE "hr_export_settings"`);
    await queryRunner.query(`DROP TABLE "evaluation_snapshots"`);
    await queryRunner.query(`DROP TABLE "evaluation_periods"`);
  }
}
