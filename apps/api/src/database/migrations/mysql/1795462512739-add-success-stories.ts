import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddSuccessStories1795462512739 implements MigrationInterface {
  name = 'AddSuccessStories1795462512739';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE \`success_story_templates\` (\`story_id\` varchar(36) NOT NULL, \`template_id\` varchar(36) NOT NULL, \`organization_id\` varchar(36) NOT NULL, INDEX \`ix_story_templates_org_template\` (\`organization_id\`, \`template_id\`), PRIMARY KEY (\`story_id\`, \`template_id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`success_stories\` (\`id\` varchar(36) NOT NULL, \`organization_id\` varchar(36) NOT NULL, \`author_id\` varchar(36) NOT NULL, \`department_id\` varchar(36) NULL, \`title\` varchar(200) NOT NULL, \`improved\` text NOT NULL, \`how_markdown\` text NOT NULL, \`minutes_before_x100\` int NOT NULL, \`minutes_after_x100\` int NOT NULL, \`occurrences_per_month_x100\` int NOT NULL, \`quality_note\` varchar(2000) NULL, \`status\` varchar(12) NOT NULL, \`reviewer_id\` varchar(36) NULL, \`review_comment\` varchar(2000) NULL, \`submitted_at\` datetime NULL, \`reviewed_at\` datetime NULL, \`approved_at\` datetime NULL, \`approval_count\` int NOT NULL, \`created_at\` datetime NOT NULL, \`updated_at\` datetime NOT NULL, INDEX \`ix_stories_org_department_status\` (\`organization_id\`, \`department_id\`, \`status\`), INDEX \`ix_stories_org_author\` (\`organization_id\`, \`author_id\`), INDEX \`ix_stories_org_status\` (\`organization_id\`, \`status\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX \`ix_stories_org_status\` ON \`success_stories\``);
    await queryRunner.query(`DROP INDEX \`ix_stories_org_author\` ON \`success_stories\``);
    await queryRunner.query(
      `DROP INDEX \`ix_stories_org_department_status\` ON \`success_stories\``,
    );
    await queryRunner.query(`DROP TABLE \`success_stories\``);
    await queryRunner.query(
      `DROP INDEX \`ix_story_templates_org_template\` ON \`success_story_templates\``,
    );
    await queryRunner.query(`DROP TABLE \`success_story_templates\``);
  }
}
