import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddPromptTemplates1795462586724 implements MigrationInterface {
  name = 'AddPromptTemplates1795462586724';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE \`prompt_templates\` (\`id\` varchar(36) NOT NULL, \`organization_id\` varchar(36) NOT NULL, \`author_id\` varchar(36) NOT NULL, \`title\` varchar(200) NOT NULL, \`description\` text NOT NULL, \`category_id\` varchar(36) NOT NULL, \`kind\` varchar(16) NOT NULL, \`target_tool\` varchar(16) NOT NULL, \`body\` text NOT NULL, \`status\` varchar(16) NOT NULL, \`forked_from_id\` varchar(36) NULL, \`publish_count\` int NOT NULL, \`reuse_count\` int NOT NULL, \`fork_count\` int NOT NULL, \`created_at\` datetime NOT NULL, \`updated_at\` datetime NOT NULL, INDEX \`ix_prompt_templates_org_forked_from\` (\`organization_id\`, \`forked_from_id\`), INDEX \`ix_prompt_templates_org_category\` (\`organization_id\`, \`category_id\`), INDEX \`ix_prompt_templates_org_author\` (\`organization_id\`, \`author_id\`), INDEX \`ix_prompt_templates_org_status_reuse\` (\`organization_id\`, \`status\`, \`reuse_count\`, \`id\`), INDEX \`ix_prompt_templates_org_status_id\` (\`organization_id\`, \`status\`, \`id\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`template_categories\` (\`id\` varchar(36) NOT NULL, \`organization_id\` varchar(36) NOT NULL, \`name\` varchar(50) NOT NULL, \`sort_order\` int NOT NULL, \`created_at\` datetime NOT NULL, UNIQUE INDEX \`uq_template_categories_org_name\` (\`organization_id\`, \`name\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`template_reusers\` (\`template_id\` varchar(36) NOT NULL, \`member_id\` varchar(36) NOT NULL, \`organization_id\` varchar(36) NOT NULL, \`first_used_at\` datetime NOT NULL, \`use_count\` int NOT NULL, INDEX \`ix_template_reusers_org_member\` (\`organization_id\`, \`member_id\`), PRIMARY KEY (\`template_id\`, \`member_id\`)) ENGINE=InnoDB`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `DROP INDEX \`ix_template_reusers_org_member\` ON \`template_reusers\``,
    );
    await queryRunner.query(`DROP TABLE \`template_reusers\``);
    await queryRunner.query(
      `DROP INDEX \`uq_template_categories_org_name\` ON \`template_categories\``,
    );
    await queryRunner.query(`DROP TABLE \`template_categories\``);
    await queryRunner.query(
      `DROP INDEX \`ix_prompt_templates_org_status_id\` ON \`prompt_templates\``,
    );
    await queryRunner.query(
      `DROP INDEX \`ix_prompt_templates_org_status_reuse\` ON \`prompt_templates\``,
    );
    await queryRunner.query(
      `DROP INDEX \`ix_prompt_templates_org_author\` ON \`prompt_templates\``,
    );
    await queryRunner.query(
      `DROP INDEX \`ix_prompt_templates_org_category\` ON \`prompt_templates\``,
    );
    await queryRunner.query(
      `DROP INDEX \`ix_prompt_templates_org_forked_from\` ON \`prompt_templates\``,
    );
    await queryRunner.query(`DROP TABLE \`prompt_templates\``);
  }
}
