import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  challengeWinEntryKey,
  challengeWinnerMemberIds,
  rankChallengeStandings,
  type ChallengeMetric,
  type ChallengeScoring,
  type ChallengeUnitType,
} from '@chienowa/domain';
import { ActivityBus } from '../../../common/events/activity-bus';
import { TenantDataSource } from '../../../common/tenancy/tenant-data-source';
import { PointsLedgerService } from '../../points/services/points-ledger.service';
import { ChallengeEntity } from '../entities/challenge.entity';
import { ChallengeUnitEntity } from '../entities/challenge-unit.entity';
import { ChallengeProgressService, sqlTime } from './challenge-progress.service';
import { unitNames } from './unit-names';

const BATCH = 100;

/**
 * Closes challenges whose end has passed, exactly once: the conditional UPDATE
 * (status 'active' → 'closed') decides which caller wins; only the winner, in the same
 * transaction, freezes the exact standings, pays winner points and publishes the result.
 * Running twice concurrently, late, or after downtime changes nothing.
 */
@Injectable()
export class ChallengeClosingService {
  private readonly logger = new Logger(ChallengeClosingService.name);

  constructor(
    /** Only to find due challenges across organizations; all work happens per tenant. */
    private readonly dataSource: DataSource,
    private readonly db: TenantDataSource,
    private readonly progress: ChallengeProgressService,
    private readonly ledger: PointsLedgerService,
    private readonly bus: ActivityBus,
  ) {}

  /** Closes everything due at `now`; returns how many this call closed. */
  async closeDue(now = new Date()): Promise<number> {
    let closed = 0;
    for (;;) {
      const due: { id: string; organization_id: string }[] = await this.dataSource.query(
        `SELECT id, organization_id FROM challenges
          WHERE status = 'active' AND ends_at <= ? ORDER BY ends_at, id LIMIT ${BATCH}`,
        [sqlTime(this.dataSource.manager, now)],
      );
      let closedInBatch = 0;
      for (const row of due) {
        try {
          if (await this.close(row.organization_id, row.id, now)) closedInBatch += 1;
        } catch (error) {
          this.logger.error(
            `Closing challenge ${row.id} failed: ${error instanceof Error ? error.stack : String(error)}`,
          );
        }
      }
      closed += closedInBatch;
      // Another process may be closing the same rows; stop when a batch made no progress.
      if (due.length < BATCH || closedInBatch === 0) return closed;
    }
  }

  /** Closes one challenge if it is still active; true when this call closed it. */
  async close(organizationId: string, challengeId: string, now = new Date()): Promise<boolean> {
    const closed = await this.db.transaction({ organizationId }, async (scope) => {
      const challenges = scope.repo(ChallengeEntity);
      const won = await challenges.update(
        { id: challengeId, status: 'active' },
        { status: 'closed', closedAt: now, updatedAt: now },
      );
      if (won !== 1) return false;
      const challenge = await challenges.findOneBy({ id: challengeId });
      if (!challenge) throw new Error(`Challenge ${challengeId} vanished while closing`);
      const unitRepo = scope.repo(ChallengeUnitEntity);
      const units = await unitRepo.findBy({ challengeId });
      const unitIds = units.map((u) => u.unitId);
      const unitType = challenge.unitType as ChallengeUnitType;
      const exact = await this.progress.compute(scope, challenge, unitIds);
      const names = await unitNames(scope, unitType, unitIds);
      const standings = rankChallengeStandings(
        unitIds.map((unitId) => ({
          unitId,
          name: names.get(unitId) ?? '',
          raw: exact.get(unitId)?.raw ?? 0,
          headcount: exact.get(unitId)?.memberIds.length ?? 0,
        })),
        {
          metric: challenge.metric as ChallengeMetric,
          scoring: challenge.scoring as ChallengeScoring,
          targetX100: challenge.targetX100,
        },
      );
      for (const s of standings) {
        await unitRepo.update(
          { challengeId, unitId: s.unitId },
          {
            progress: s.raw,
            finalHeadcount: s.headcount,
            finalRank: s.rank,
            won: s.winner,
            updatedAt: now,
          },
        );
      }
      const winners = challengeWinnerMemberIds(
        standings,
        new Map([...exact].map(([id, snapshot]) => [id, snapshot.memberIds])),
      );
      if (challenge.winnerPoints > 0) {
        for (const memberId of winners) {
          await this.ledger.record(
            scope,
            {
              kind: 'challengeWon',
              earnerId: memberId,
              actorId: null,
              sourceType: 'challenge',
              sourceId: challenge.id,
              occurredAt: now,
              amount: challenge.winnerPoints,
            },
            challengeWinEntryKey(challenge.id, memberId),
          );
        }
      }
      scope.afterCommit(() =>
        this.bus.publish({
          type: 'challengeClosed',
          organizationId,
          challengeId: challenge.id,
          title: challenge.title,
          winners: standings
            .filter((s) => s.winner)
            .map((s) => ({ unitType, unitId: s.unitId, name: s.name })),
          winnerMemberIds: winners,
          occurredAt: now,
        }),
      );
      return true;
    });
    if (closed) this.progress.forget(organizationId);
    return closed;
  }
}
