import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddUploadedFiles1795463073179 implements MigrationInterface {
  name = 'AddUploadedFiles1795463073179';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE \`uploaded_files\` (\`id\` varchar(36) NOT NULL, \`organization_id\` varchar(36) NOT NULL, \`uploader_id\` varchar(36) NOT NULL, \`content_type\` varchar(32) NOT NULL, \`byte_size\` int NOT NULL, \`sha256\` varchar(64) NOT NULL, \`original_name\` varchar(200) NOT NULL, \`created_at\` datetime NOT NULL, INDEX \`ix_uploaded_files_org_uploader\` (\`organization_id\`, \`uploader_id\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX \`ix_uploaded_files_org_uploader\` ON \`uploaded_files\``);
    await queryRunner.query(`DROP TABLE \`uploaded_files\``);
  }
}
