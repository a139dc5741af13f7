import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddKnowledgePosts1795462892110 implements MigrationInterface {
  name = 'AddKnowledgePosts1795462892110';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE \`knowledge_comments\` (\`id\` varchar(36) NOT NULL, \`organization_id\` varchar(36) NOT NULL, \`post_id\` varchar(36) NOT NULL, \`author_id\` varchar(36) NOT NULL, \`body\` text NOT NULL, \`created_at\` datetime NOT NULL, \`deleted_at\` datetime NULL, INDEX \`ix_knowledge_comments_org_post\` (\`organization_id\`, \`post_id\`, \`id\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`knowledge_post_likes\` (\`post_id\` varchar(36) NOT NULL, \`member_id\` varchar(36) NOT NULL, \`organization_id\` varchar(36) NOT NULL, \`created_at\` datetime NOT NULL, INDEX \`ix_knowledge_post_likes_org_member\` (\`organization_id\`, \`member_id\`), PRIMARY KEY (\`post_id\`, \`member_id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`knowledge_post_revisions\` (\`id\` varchar(36) NOT NULL, \`organization_id\` varchar(36) NOT NULL, \`post_id\` varchar(36) NOT NULL, \`editor_id\` varchar(36) NOT NULL, \`title\` varchar(200) NOT NULL, \`body_markdown\` text NOT NULL, \`tags_json\` text NOT NULL, \`created_at\` datetime NOT NULL, INDEX \`ix_knowledge_post_revisions_org_post\` (\`organization_id\`, \`post_id\`, \`id\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`knowledge_post_tags\` (\`post_id\` varchar(36) NOT NULL, \`tag\` varchar(40) NOT NULL, \`organization_id\` varchar(36) NOT NULL, INDEX \`ix_knowledge_post_tags_org_tag\` (\`organization_id\`, \`tag\`), PRIMARY KEY (\`post_id\`, \`tag\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`knowledge_posts\` (\`id\` varchar(36) NOT NULL, \`organization_id\` varchar(36) NOT NULL, \`author_id\` varchar(36) NOT NULL, \`owner_id\` varchar(36) NOT NULL, \`department_id\` varchar(36) NULL, \`title\` varchar(200) NOT NULL, \`body_markdown\` text NOT NULL, \`status\` varchar(16) NOT NULL, \`review_by\` date NOT NULL, \`published_at\` datetime NULL, \`last_reviewed_at\` datetime NULL, \`publish_count\` int NOT NULL, \`view_count\` int NOT NULL, \`like_count\` int NOT NULL, \`comment_count\` int NOT NULL, \`created_at\` datetime NOT NULL, \`updated_at\` datetime NOT NULL, INDEX \`ix_knowledge_posts_org_department\` (\`organization_id\`, \`department_id\`), INDEX \`ix_knowledge_posts_org_owner\` (\`organization_id\`, \`owner_id\`), INDEX \`ix_knowledge_posts_org_author\` (\`organization_id\`, \`author_id\`), INDEX \`ix_knowledge_posts_org_status_review\` (\`organization_id\`, \`status\`, \`review_by\`), INDEX \`ix_knowledge_posts_org_status_updated\` (\`organization_id\`, \`status\`, \`updated_at\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `DROP INDEX \`ix_knowledge_posts_org_status_updated\` ON \`knowledge_posts\``,
    );
    await queryRunner.query(
      `DROP INDEX \`ix_knowledge_posts_org_status_review\` ON \`knowledge_posts\``,
    );
    await queryRunner.query(`DROP INDEX \`ix_knowledge_posts_org_author\` ON \`knowledge_posts\``);
    await queryRunner.query(`DROP INDEX \`ix_knowledge_posts_org_owner\` ON \`knowledge_posts\``);
    await queryRunner.query(
      `DROP INDEX \`ix_knowledge_posts_org_department\` ON \`knowledge_posts\``,
    );
    await queryRunner.query(`DROP TABLE \`knowledge_posts\``);
    await queryRunner.query(
      `DROP INDEX \`ix_knowledge_post_tags_org_tag\` ON \`knowledge_post_tags\``,
    );
    await queryRunner.query(`DROP TABLE \`knowledge_post_tags\``);
    await queryRunner.query(
      `DROP INDEX \`ix_knowledge_post_revisions_org_post\` ON \`knowledge_post_revisions\``,
    );
    await queryRunner.query(`DROP TABLE \`knowledge_post_revisions\``);
    await queryRunner.query(
      `DROP INDEX \`ix_knowledge_post_likes_org_member\` ON \`knowledge_post_likes\``,
    );
    await queryRunner.query(`DROP TABLE \`knowledge_post_likes\``);
    await queryRunner.query(
      `DROP INDEX \`ix_knowledge_comments_org_post\` ON \`knowledge_comments\``,
    );
    await queryRunner.query(`DROP TABLE \`knowledge_comments\``);
  }
}
