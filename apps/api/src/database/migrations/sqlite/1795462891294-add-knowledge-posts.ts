import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddKnowledgePosts1795462891294 implements MigrationInterface {
  name = 'AddKnowledgePosts1795462891294';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "knowledge_comments" ("id" varchar(36) PRIMARY KEY NOT NULL, "organization_id" varchar(36) NOT NULL, "post_id" varchar(36) NOT NULL, "author_id" varchar(36) NOT NULL, "body" text NOT NULL, "created_at" datetime NOT NULL, "deleted_at" datetime)`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_knowledge_comments_org_post" ON "knowledge_comments" ("organization_id", "post_id", "id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "knowledge_post_likes" ("post_id" varchar(36) NOT NULL, "member_id" varchar(36) NOT NULL, "organization_id" varchar(36) NOT NULL, "created_at" datetime NOT NULL, PRIMARY KEY ("post_id", "member_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_knowledge_post_likes_org_member" ON "knowledge_post_likes" ("organization_id", "member_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "knowledge_post_revisions" ("id" varchar(36) PRIMARY KEY NOT NULL, "organization_id" varchar(36) NOT NULL, "post_id" varchar(36) NOT NULL, "editor_id" varchar(36) NOT NULL, "title" varchar(200) NOT NULL, "body_markdown" text NOT NULL, "tags_json" text NOT NULL, "created_at" datetime NOT NULL)`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_knowledge_post_revisions_org_post" ON "knowledge_post_revisions" ("organization_id", "post_id", "id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "knowledge_post_tags" ("post_id" varchar(36) NOT NULL, "tag" varchar(40) NOT NULL, "organization_id" varchar(36) NOT NULL, PRIMARY KEY ("post_id", "tag"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_knowledge_post_tags_org_tag" ON "knowledge_post_tags" ("organization_id", "tag") `,
    );
    await queryRunner.query(
      `CREATE TABLE "knowledge_posts" ("id" varchar(36) PRIMARY KEY NOT NULL, "organization_id" varchar(36) NOT NULL, "author_id" varchar(36) NOT NULL, "owner_id" varchar(36) NOT NULL, "department_id" varchar(36), "title" varchar(200) NOT NULL, "body_markdown" text NOT NULL, "status" varchar(16) NOT NULL, "review_by" date NOT NULL, "published_at" datetime, "last_reviewed_at" datetime, "publish_count" integer NOT NULL, "view_count" integer NOT NULL, "like_count" integer NOT NULL, "comment_count" integer NOT NULL, "created_at" datetime NOT NULL, "updated_at" datetime NOT NULL)`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_knowledge_posts_org_department" ON "knowledge_posts" ("organization_id", "department_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_knowledge_posts_org_owner" ON "knowledge_posts" ("organization_id", "owner_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_knowledge_posts_org_author" ON "knowledge_posts" ("organization_id", "author_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_knowledge_posts_org_status_review" ON "knowledge_posts" ("organization_id", "status", "review_by") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_knowledge_posts_org_status_updated" ON "knowledge_posts" ("organization_id", "status", "updated_at") `,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "knowledge_posts"`);
    await queryRunner.query(`DROP TABLE "knowledge_post_tags"`);
    await queryRunner.query(`DROP TABLE "knowledge_post_revisions"`);
    await queryRunner.query(`DROP TABLE "knowledge_post_likes"`);
    await queryRunner.query(`DROP TABLE "knowledge_comments"`);
  }
}
