import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddPointsLedger1795462089273 implements MigrationInterface {
  name = 'AddPointsLedger1795462089273';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "idempotency_records" ("organization_id" varchar(36) NOT NULL, "idempotency_key" varchar(128) NOT NULL, "member_id" varchar(36) NOT NULL, "operation" varchar(64) NOT NULL, "fingerprint" varchar(64) NOT NULL, "result_json" text NOT NULL, "created_at" datetime NOT NULL, PRIMARY KEY ("organization_id", "idempotency_key"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "ledger_entries" ("id" varchar(36) PRIMARY KEY NOT NULL, "organization_id" varchar(36) NOT NULL, "member_id" varchar(36) NOT NULL, "points" integer NOT NULL, "kind" varchar(32) NOT NULL, "category" varchar(16) NOT NULL, "rule_version" integer NOT NULL, "source_type" varchar(20) NOT NULL, "source_id" varchar(36) NOT NULL, "actor_id" varchar(36), "occurred_at" datetime NOT NULL, "local_day" varchar(10) NOT NULL, "idempotency_key" varchar(160) NOT NULL, "reverses_entry_id" varchar(36), "reason" varchar(500), "created_at" datetime NOT NULL)`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_ledger_org_source" ON "ledger_entries" ("organization_id", "source_type", "source_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_ledger_org_day" ON "ledger_entries" ("organization_id", "local_day") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_ledger_org_member_day" ON "ledger_entries" ("organization_id", "member_id", "local_day") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_ledger_reverses" ON "ledger_entries" ("reverses_entry_id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_ledger_org_idempotency" ON "ledger_entries" ("organization_id", "idempotency_key") `,
    );
    await queryRunner.query(
      `CREATE TABLE "member_daily_earnings" ("organization_id" varchar(36) NOT NULL, "member_id" varchar(36) NOT NULL, "local_day" varchar(10) NOT NULL, "kind" varchar(32) NOT NULL, "points" integer NOT NULL, PRIMARY KEY ("organization_id", "member_id", "local_day", "kind"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "member_point_totals" ("organization_id" varchar(36) NOT NULL, "member_id" varchar(36) NOT NULL, "period_key" varchar(16) NOT NULL, "points" integer NOT NULL, "updated_at" datetime NOT NULL, PRIMARY KEY ("organization_id", "member_id", "period_key"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_totals_org_period_points" ON "member_point_totals" ("organization_id", "period_key", "points") `,
    );
    await queryRunner.query(
      `CREATE TABLE "point_dedupe_keys" ("organization_id" varchar(36) NOT NULL, "dedupe_key" varchar(160) NOT NULL, "created_at" datetime NOT NULL, PRIMARY KEY ("organization_id", "dedupe_key"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "point_rule_sets" ("id" varchar(36) PRIMARY KEY NOT NULL, "organization_id" varchar(36) NOT NULL, "version" integer NOT NULL, "rules_json" text NOT NULL, "created_by" varchar(36), "created_at" datetime NOT NULL)`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_point_rule_sets_org_version" ON "point_rule_sets" ("organization_id", "version") `,
    );
    await queryRunner.query(
      `CREATE TABLE "usage_events" ("id" varchar(36) PRIMARY KEY NOT NULL, "organization_id" varchar(36) NOT NULL, "kind" varchar(32) NOT NULL, "actor_id" varchar(36), "earner_id" varchar(36) NOT NULL, "source_type" varchar(20) NOT NULL, "source_id" varchar(36) NOT NULL, "counted" boolean NOT NULL, "uncounted_reason" varchar(20), "occurred_at" datetime NOT NULL, "local_day" varchar(10) NOT NULL)`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_usage_org_day" ON "usage_events" ("organization_id", "local_day") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_usage_org_actor_day" ON "usage_events" ("organization_id", "actor_id", "local_day") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_usage_org_source" ON "usage_events" ("organization_id", "source_type", "source_id") `,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "usage_events"`);
    await queryRunner.query(`DROP TABLE "point_rule_sets"`);
    await queryRunner.query(`DROP TABLE "point_dedupe_keys"`);
    await queryRunner.query(`DROP TABLE "member_point_totals"`);
    await queryRunner.query(`DROP TABLE "member_daily_earnings"`);
    await queryRunner.query(`DROP TABLE "ledger_entries"`);
    await queryRunner.query(`DROP TABLE "idempotency_records"`);
  }
}
