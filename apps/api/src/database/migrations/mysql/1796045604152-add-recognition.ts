import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddRecognition1796045604152 implements MigrationInterface {
  name = 'AddRecognition1796045604152';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE \`point_target_weekly_counts\` (\`organization_id\` varchar(36) NOT NULL, \`actor_id\` varchar(36) NOT NULL, \`earner_id\` varchar(36) NOT NULL, \`week_key\` varchar(8) NOT NULL, \`kind\` varchar(32) NOT NULL, \`credits\` int NOT NULL, PRIMARY KEY (\`organization_id\`, \`actor_id\`, \`earner_id\`, \`week_key\`, \`kind\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`recognition_values\` (\`id\` varchar(36) NOT NULL, \`organization_id\` varchar(36) NOT NULL, \`label\` varchar(60) NOT NULL, \`label_en\` varchar(60) NULL, \`position\` int NOT NULL, \`archived_at\` datetime NULL, \`created_at\` datetime NOT NULL, \`updated_at\` datetime NOT NULL, UNIQUE INDEX \`uq_recognition_values_org_label\` (\`organization_id\`, \`label\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`recognition_settings\` (\`organization_id\` varchar(36) NOT NULL, \`monthly_kudos_budget\` int NOT NULL, \`updated_at\` datetime NOT NULL, PRIMARY KEY (\`organization_id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`kudos\` (\`id\` varchar(36) NOT NULL, \`organization_id\` varchar(36) NOT NULL, \`giver_id\` varchar(36) NOT NULL, \`receiver_id\` varchar(36) NOT NULL, \`value_id\` varchar(36) NOT NULL, \`message\` text NOT NULL, \`points\` int NOT NULL, \`budget_month\` varchar(7) NOT NULL, \`created_at\` datetime NOT NULL, \`reversed_at\` datetime NULL, \`reversed_by\` varchar(36) NULL, \`reversal_reason\` varchar(500) NULL, INDEX \`ix_kudos_org_receiver_created\` (\`organization_id\`, \`receiver_id\`, \`created_at\`), INDEX \`ix_kudos_org_giver_created\` (\`organization_id\`, \`giver_id\`, \`created_at\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`kudos_budget_counters\` (\`organization_id\` varchar(36) NOT NULL, \`giver_id\` varchar(36) NOT NULL, \`month\` varchar(7) NOT NULL, \`used\` int NOT NULL, PRIMARY KEY (\`organization_id\`, \`giver_id\`, \`month\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`feed_items\` (\`id\` varchar(36) NOT NULL, \`organization_id\` varchar(36) NOT NULL, \`source_key\` varchar(120) NOT NULL, \`type\` varchar(32) NOT NULL, \`actor_id\` varchar(36) NULL, \`subject_id\` varchar(36) NULL, \`department_id\` varchar(36) NULL, \`payload\` text NOT NULL, \`created_at\` datetime NOT NULL, INDEX \`ix_feed_items_org_subject\` (\`organization_id\`, \`subject_id\`, \`id\`), INDEX \`ix_feed_items_org_actor\` (\`organization_id\`, \`actor_id\`, \`id\`), INDEX \`ix_feed_items_org_department\` (\`organization_id\`, \`department_id\`, \`id\`), UNIQUE INDEX \`uq_feed_items_org_source\` (\`organization_id\`, \`source_key\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`feed_reactions\` (\`feed_item_id\` varchar(36) NOT NULL, \`member_id\` varchar(36) NOT NULL, \`emoji\` varchar(16) NOT NULL, \`organization_id\` varchar(36) NOT NULL, \`created_at\` datetime NOT NULL, INDEX \`ix_feed_reactions_org_item\` (\`organization_id\`, \`feed_item_id\`), PRIMARY KEY (\`feed_item_id\`, \`member_id\`, \`emoji\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`feed_comments\` (\`id\` varchar(36) NOT NULL, \`organization_id\` varchar(36) NOT NULL, \`feed_item_id\` varchar(36) NOT NULL, \`author_id\` varchar(36) NOT NULL, \`body\` text NOT NULL, \`created_at\` datetime NOT NULL, INDEX \`ix_feed_comments_org_item\` (\`organization_id\`, \`feed_item_id\`, \`id\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`notifications\` (\`id\` varchar(36) NOT NULL, \`organization_id\` varchar(36) NOT NULL, \`member_id\` varchar(36) NOT NULL, \`source_key\` varchar(120) NOT NULL, \`type\` varchar(32) NOT NULL, \`actor_id\` varchar(36) NULL, \`payload\` text NOT NULL, \`read_at\` datetime NULL, \`created_at\` datetime NOT NULL, INDEX \`ix_notifications_org_member_id\` (\`organization_id\`, \`member_id\`, \`id\`), UNIQUE INDEX \`uq_notifications_org_member_source\` (\`organization_id\`, \`member_id\`, \`source_key\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `CREATE TABLE \`template_reuse_milestones\` (\`organization_id\` varchar(36) NOT NULL, \`template_id\` varchar(36) NOT NULL, \`milestone\` int NOT NULL, \`reached_at\` datetime NOT NULL, PRIMARY KEY (\`organization_id\`, \`template_id\`, \`milestone\`)) ENGINE=InnoDB`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE \`template_reuse_milestones\``);
    await queryRunner.query(
      `DROP INDEX \`uq_notifications_org_member_source\` ON \`notifications\``,
    );
    await queryRunner.query(`DROP INDEX \`ix_notifications_org_member_id\` ON \`notifications\``);
    await queryRunner.query(`DROP TABLE \`notifications\``);
    await queryRunner.query(`DROP INDEX \`ix_feed_comments_org_item\` ON \`feed_comments\``);
    await queryRunner.query(`DROP TABLE \`feed_comments\``);
    await queryRunner.query(`DROP INDEX \`ix_feed_reactions_org_item\` ON \`feed_reactions\``);
    await queryRunner.query(`DROP TABLE \`feed_reactions\``);
    await queryRunner.query(`DROP INDEX \`uq_feed_items_org_source\` ON \`feed_items\``);
    await queryRunner.query(`DROP INDEX \`ix_feed_items_org_department\` ON \`feed_items\``);
    await queryRunner.query(`DROP INDEX \`ix_feed_items_org_actor\` ON \`feed_items\``);
    await queryRunner.query(`DROP INDEX \`ix_feed_items_org_subject\` ON \`feed_items\``);
    await queryRunner.query(`DROP TABLE \`feed_items\``);
    await queryRunner.query(`DROP TABLE \`kudos_budget_counters\``);
    await queryRunner.query(`DROP INDEX \`ix_kudos_org_giver_created\` ON \`kudos\``);
    await queryRunner.query(`DROP INDEX \`ix_kudos_org_receiver_created\` ON \`kudos\``);
    await queryRunner.query(`DROP TABLE \`kudos\``);
    await queryRunner.query(`DROP TABLE \`recognition_settings\``);
    await queryRunner.query(
      `DROP INDEX \`uq_recognition_values_org_label\` ON \`recognition_values\``,
    );
    await queryRunner.query(`DROP TABLE \`recognition_values\``);
    await queryRunner.query(`DROP TABLE \`point_target_weekly_counts\``);
  }
}
