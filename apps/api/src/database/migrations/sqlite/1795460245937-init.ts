import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Init1795460245937 implements MigrationInterface {
  name = 'Init1795460245937';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "members" ("id" varchar(36) PRIMARY KEY NOT NULL, "organization_id" varchar(36) NOT NULL, "email" varchar(254) NOT NULL, "display_name" varchar(200) NOT NULL, "name_reading" varchar(200) NOT NULL, "employee_number" varchar(32), "department_id" varchar(36), "active" boolean NOT NULL, "joined_on" date, "locale" varchar(5) NOT NULL, "password_hash" varchar(255), "password_changed_at" datetime, "last_login_at" datetime, "deactivated_at" datetime, "created_at" datetime NOT NULL, "updated_at" datetime NOT NULL)`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_members_org_department" ON "members" ("organization_id", "department_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_members_org_reading" ON "members" ("organization_id", "name_reading") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_members_org_employee_number" ON "members" ("organization_id", "employee_number") `,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_members_email" ON "members" ("email") `);
    await queryRunner.query(
      `CREATE TABLE "member_roles" ("member_id" varchar(36) NOT NULL, "role" varchar(20) NOT NULL, "organization_id" varchar(36) NOT NULL, PRIMARY KEY ("member_id", "role"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_member_roles_org_role" ON "member_roles" ("organization_id", "role") `,
    );
    await queryRunner.query(
      `CREATE TABLE "sessions" ("token_hash" varchar(64) PRIMARY KEY NOT NULL, "member_id" varchar(36) NOT NULL, "organization_id" varchar(36) NOT NULL, "created_at" datetime NOT NULL, "last_seen_at" datetime NOT NULL, "expires_at" datetime NOT NULL, "user_agent" varchar(255))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_sessions_expires" ON "sessions" ("expires_at") `);
    await queryRunner.query(`CREATE INDEX "ix_sessions_member" ON "sessions" ("member_id") `);
    await queryRunner.query(
      `CREATE TABLE "departments" ("id" varchar(36) PRIMARY KEY NOT NULL, "organization_id" varchar(36) NOT NULL, "parent_id" varchar(36), "name" varchar(100) NOT NULL, "created_at" datetime NOT NULL, "updated_at" datetime NOT NULL)`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_departments_org_parent" ON "departments" ("organization_id", "parent_id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_departments_org_name" ON "departments" ("organization_id", "name") `,
    );
    await queryRunner.query(
      `CREATE TABLE "organizations" ("id" varchar(36) PRIMARY KEY NOT NULL, "slug" varchar(40) NOT NULL, "name" varchar(200) NOT NULL, "time_zone" varchar(64) NOT NULL, "fiscal_year_start_month" integer NOT NULL, "locale" varchar(5) NOT NULL, "created_at" datetime NOT NULL, "updated_at" datetime NOT NULL)`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_organizations_slug" ON "organizations" ("slug") `,
    );
    await queryRunner.query(
      `CREATE TABLE "teams" ("id" varchar(36) PRIMARY KEY NOT NULL, "organization_id" varchar(36) NOT NULL, "department_id" varchar(36), "name" varchar(100) NOT NULL, "created_at" datetime NOT NULL, "updated_at" datetime NOT NULL)`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_teams_org_department" ON "teams" ("organization_id", "department_id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_teams_org_name" ON "teams" ("organization_id", "name") `,
    );
    await queryRunner.query(
      `CREATE TABLE "team_members" ("team_id" varchar(36) NOT NULL, "member_id" varchar(36) NOT NULL, "organization_id" varchar(36) NOT NULL, PRIMARY KEY ("team_id", "member_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_team_members_org_member" ON "team_members" ("organization_id", "member_id") `,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "ix_team_members_org_member"`);
    await queryRunner.query(`DROP TABLE "team_members"`);
    await queryRunner.query(`DROP INDEX "uq_teams_org_name"`);
    await queryRunner.query(`DROP INDEX "ix_teams_org_department"`);
    await queryRunner.query(`DROP TABLE "teams"`);
    await queryRunner.query(`DROP INDEX "uq_organizations_slug"`);
    await queryRunner.query(`DROP TABLE "organizations"`);
    await queryRunner.query(`DROP INDEX "uq_departments_org_name"`);
    await queryRunner.query(`DROP INDEX "ix_departments_org_parent"`);
    await queryRunner.query(`DROP TABLE "departments"`);
    await queryRunner.query(`DROP INDEX "ix_sessions_member"`);
    await queryRunner.query(`DROP INDEX "ix_sessions_expires"`);
    await queryRunner.query(`DROP TABLE "sessions"`);
    await queryRunner.query(`DROP INDEX "ix_member_roles_org_role"`);
    await queryRunner.query(`DROP TABLE "member_roles"`);
    await queryRunner.query(`DROP INDEX "uq_members_email"`);
    await queryRunner.query(`DROP INDEX "uq_members_org_employee_number"`);
    await queryRunner.query(`DROP INDEX "ix_members_org_reading"`);
    await queryRunner.query(`DROP INDEX "ix_members_org_department"`);
    await queryRunner.query(`DROP TABLE "members"`);
  }
}
