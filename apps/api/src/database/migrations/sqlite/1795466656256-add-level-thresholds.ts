import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddLevelThresholds1795466656256 implements MigrationInterface {
  name = 'AddLevelThresholds1795466656256';

  // SQLite adds a nullable column in place; no table rebuild is needed.
  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "organizations" ADD COLUMN "level_thresholds" varchar(200)`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "organizations" DROP COLUMN "level_thresholds"`);
  }
}
