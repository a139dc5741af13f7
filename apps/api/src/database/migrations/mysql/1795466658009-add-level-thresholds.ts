import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddLevelThresholds1795466658009 implements MigrationInterface {
  name = 'AddLevelThresholds1795466658009';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE \`organizations\` ADD \`level_thresholds\` varchar(200) NULL`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE \`organizations\` DROP COLUMN \`level_thresholds\``);
  }
}
