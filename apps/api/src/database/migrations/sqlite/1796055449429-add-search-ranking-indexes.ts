import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddSearchRankingIndexes1796055449429 implements MigrationInterface {
  name = 'AddSearchRankingIndexes1796055449429';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "ix_search_tokens_org_doc"`);
    await queryRunner.query(`CREATE INDEX "ix_search_documents_rank" ON "search_documents" ("organization_id", "doc_type", "doc_id", "popularity", "department_id") `);
    await queryRunner.query(`CREATE INDEX "ix_search_tokens_rank" ON "search_tokens" ("organization_id", "token", "weight", "doc_id", "doc_type") `);
    await queryRunner.query(`CREATE INDEX "ix_search_tokens_org_doc" ON "search_tokens" ("organization_id", "doc_type", "doc_id", "token", "weight") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "ix_search_tokens_org_doc"`);
    await queryRunner.query(`DROP INDEX "ix_search_tokens_rank"`);
    await queryRunner.query(`DROP INDEX "ix_search_documents_rank"`);
    await queryRunner.query(`CREATE INDEX "ix_search_tokens_org_doc" ON "search_tokens" ("organization_id", "doc_type", "doc_id") `);
  }
}
