import 'reflect-metadata';
import { ConfigError, loadConfig } from '../common/config/app-config';
import { openDatabase } from '../database/database-bootstrap';
import { verifyLedger } from '../modules/points/services/ledger-verifier';

/** `npm run ledger:verify`: exit 0 with a one-line summary, or 1 listing every drifting total. */
async function main(): Promise<void> {
  const config = loadConfig({ ...process.env, LOG_LEVEL: 'silent' });
  const dataSource = await openDatabase(config.database);
  try {
    const result = await verifyLedger(dataSource);
    if (result.drift.length === 0) {
      process.stdout.write(
        `ledger:verify OK: ${result.entries} entries, ${result.totalsChecked} totals in ${result.organizations} organization(s), no drift\n`,
      );
      return;
    }
    for (const d of result.drift) {
      process.stdout.write(
        `DRIFT org=${d.organizationId} member=${d.memberId} period=${d.periodKey} ledger=${d.expected} totals=${d.stored}\n`,
      );
    }
    process.stdout.write(
      `ledger:verify FAILED: ${result.drift.length} total(s) drift from the ledger\n`,
    );
    process.exitCode = 1;
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(
    error instanceof ConfigError
      ? `ledger:verify: ${error.message}\n`
      : `ledger:verify failed: ${(error as Error)?.stack}\n`,
  );
  process.exit(2);
});
