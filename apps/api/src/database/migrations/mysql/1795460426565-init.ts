import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Init1795460426565 implements MigrationInterface {
  name = 'Init1795460426565';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE \`members\` (\`id\` varchar(36) NOT NULL, \`organization_id\` varchar(36) NOT NULL, \`email\` varchar(254) NOT NULL, \`display_name\` varchar(200) NOT NULL, \`name_reading\` varchar(200) NOT NULL, \`employee_number\` varchar(32) NULL, \`department_id\` varchar(36) NULL, \`active\` tinyint NOT NULL, \`joined_on\` date NULL, \`locale\` varchar(5) NOT NULL, \`password_hash\` varchar(255) NULL, \`password_changed_at\` datetime NULL, \`last_login_at\` datetime NULL, \`deactivated_at\` datetime NULL, \`created_at\` datetime NOT NULL, \`updated_at\` datetime NOT NULL, INDEX \`ix_members_org_department\` (\`organization_id\`, \`department_id\`), INDEX \`ix_members_org_reading\` (\`organization_id\`, \`name_reading\`), UNIQUE INDEX \`uq_members_org_employee_number\` (\`organization_id\`, \`employee_number\`), UNIQUE INDEX \`uq_members_email\` (\`email\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`member_roles\` (\`member_id\` varchar(36) NOT NULL, \`role\` varchar(20) NOT NULL, \`organization_id\` varchar(36) NOT NULL, INDEX \`ix_member_roles_org_role\` (\`organization_id\`, \`role\`), PRIMARY KEY (\`member_id\`, \`role\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`sessions\` (\`token_hash\` varchar(64) NOT NULL, \`member_id\` varchar(36) NOT NULL, \`organization_id\` varchar(36) NOT NULL, \`created_at\` datetime NOT NULL, \`last_seen_at\` datetime NOT NULL, \`expires_at\` datetime NOT NULL, \`user_agent\` varchar(255) NULL, INDEX \`ix_sessions_expires\` (\`expires_at\`), INDEX \`ix_sessions_member\` (\`member_id\`), PRIMARY KEY (\`token_hash\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`departments\` (\`id\` varchar(36) NOT NULL, \`organization_id\` varchar(36) NOT NULL, \`parent_id\` varchar(36) NULL, \`name\` varchar(100) NOT NULL, \`created_at\` datetime NOT NULL, \`updated_at\` datetime NOT NULL, INDEX \`ix_departments_org_parent\` (\`organization_id\`, \`parent_id\`), UNIQUE INDEX \`uq_departments_org_name\` (\`organization_id\`, \`name\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`organizations\` (\`id\` varchar(36) NOT NULL, \`slug\` varchar(40) NOT NULL, \`name\` varchar(200) NOT NULL, \`time_zone\` varchar(64) NOT NULL, \`fiscal_year_start_month\` int NOT NULL, \`locale\` varchar(5) NOT NULL, \`created_at\` datetime NOT NULL, \`updated_at\` datetime NOT NULL, UNIQUE INDEX \`uq_organizations_slug\` (\`slug\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`teams\` (\`id\` varchar(36) NOT NULL, \`organization_id\` varchar(36) NOT NULL, \`department_id\` varchar(36) NULL, \`name\` varchar(100) NOT NULL, \`created_at\` datetime NOT NULL, \`updated_at\` datetime NOT NULL, INDEX \`ix_teams_org_department\` (\`organization_id\`, \`department_id\`), UNIQUE INDEX \`uq_teams_org_name\` (\`organization_id\`, \`name\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`team_members\` (\`team_id\` varchar(36) NOT NULL, \`member_id\` varchar(36) NOT NULL, \`organization_id\` varchar(36) NOT NULL, INDEX \`ix_team_members_org_member\` (\`organization_id\`, \`member_id\`), PRIMARY KEY (\`team_id\`, \`member_id\`)) ENGINE=InnoDB`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX \`ix_team_members_org_member\` ON \`team_members\``);
    await queryRunner.query(`DROP TABLE \`team_members\``);
    await queryRunner.query(`DROP INDEX \`uq_teams_org_name\` ON \`teams\``);
    await queryRunner.query(`DROP INDEX \`ix_teams_org_department\` ON \`teams\``);
    await queryRunner.query(`DROP TABLE \`teams\``);
    await queryRunner.query(`DROP INDEX \`uq_organizations_slug\` ON \`organizations\``);
    await queryRunner.query(`DROP TABLE \`organizations\``);
    await queryRunner.query(`DROP INDEX \`uq_departments_org_name\` ON \`departments\``);
    await queryRunner.query(`DROP INDEX \`ix_departments_org_parent\` ON \`departments\``);
    await queryRunner.query(`DROP TABLE \`departments\``);
    await queryRunner.query(`DROP INDEX \`ix_sessions_member\` ON \`sessions\``);
    await queryRunner.query(`DROP INDEX \`ix_sessions_expires\` ON \`sessions\``);
    await queryRunner.query(`DROP TABLE \`sessions\``);
    await queryRunner.query(`DROP INDEX \`ix_member_roles_org_role\` ON \`member_roles\``);
    await queryRunner.query(`DROP TABLE \`member_roles\``);
    await queryRunner.query(`DROP INDEX \`uq_members_email\` ON \`members\``);
    await queryRunner.query(`DROP INDEX \`uq_members_org_employee_number\` ON \`members\``);
    await queryRunner.query(`DROP INDEX \`ix_members_org_reading\` ON \`members\``);
    await queryRunner.query(`DROP INDEX \`ix_members_org_department\` ON \`members\``);
    await queryRunner.query(`DROP TABLE \`members\``);
  }
}
