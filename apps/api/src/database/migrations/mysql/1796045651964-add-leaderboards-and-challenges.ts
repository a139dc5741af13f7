import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddLeaderboardsAndChallenges1796045651964 implements MigrationInterface {
  name = 'AddLeaderboardsAndChallenges1796045651964';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE \`leaderboard_preferences\` (\`organization_id\` varchar(36) NOT NULL, \`member_id\` varchar(36) NOT NULL, \`hidden\` tinyint NOT NULL, \`updated_at\` datetime NOT NULL, PRIMARY KEY (\`organization_id\`, \`member_id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`leaderboard_settings\` (\`organization_id\` varchar(36) NOT NULL, \`staff_visible_top_n\` int NULL, \`updated_by\` varchar(36) NOT NULL, \`updated_at\` datetime NOT NULL, PRIMARY KEY (\`organization_id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`challenges\` (\`id\` varchar(36) NOT NULL, \`organization_id\` varchar(36) NOT NULL, \`title\` varchar(100) NOT NULL, \`description\` varchar(2000) NOT NULL, \`metric\` varchar(20) NOT NULL, \`target_x100\` int NOT NULL, \`unit_type\` varchar(12) NOT NULL, \`scoring\` varchar(10) NOT NULL, \`starts_at\` datetime NOT NULL, \`ends_at\` datetime NOT NULL, \`winner_points\` int NOT NULL, \`status\` varchar(12) NOT NULL, \`created_by\` varchar(36) NOT NULL, \`closed_at\` datetime NULL, \`created_at\` datetime NOT NULL, \`updated_at\` datetime NOT NULL, INDEX \`ix_challenges_org_status_starts\` (\`organization_id\`, \`status\`, \`starts_at\`), INDEX \`ix_challenges_status_ends\` (\`status\`, \`ends_at\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`challenge_units\` (\`challenge_id\` varchar(36) NOT NULL, \`unit_id\` varchar(36) NOT NULL, \`organization_id\` varchar(36) NOT NULL, \`progress\` int NOT NULL, \`final_headcount\` int NULL, \`final_rank\` int NULL, \`won\` tinyint NOT NULL, \`updated_at\` datetime NOT NULL, INDEX \`ix_challenge_units_org_unit\` (\`organization_id\`, \`unit_id\`), PRIMARY KEY (\`challenge_id\`, \`unit_id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`challenge_progress_keys\` (\`challenge_id\` varchar(36) NOT NULL, \`event_key\` varchar(160) NOT NULL, \`organization_id\` varchar(36) NOT NULL, \`created_at\` datetime NOT NULL, PRIMARY KEY (\`challenge_id\`, \`event_key\`)) ENGINE=InnoDB`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE \`challenge_progress_keys\``);
    await queryRunner.query(`DROP INDEX \`ix_challenge_units_org_unit\` ON \`challenge_units\``);
    await queryRunner.query(`DROP TABLE \`challenge_units\``);
    await queryRunner.query(`DROP INDEX \`ix_challenges_status_ends\` ON \`challenges\``);
    await queryRunner.query(`DROP INDEX \`ix_challenges_org_status_starts\` ON \`challenges\``);
    await queryRunner.query(`DROP TABLE \`challenges\``);
    await queryRunner.query(`DROP TABLE \`leaderboard_settings\``);
    await queryRunner.query(`DROP TABLE \`leaderboard_preferences\``);
  }
}
