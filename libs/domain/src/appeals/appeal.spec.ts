import {
  appealCompensationKey,
  canViewAppeal,
  validateAppeal,
  validateResolution,
  validateWithdrawal,
  type AppealState,
} from './appeal';

const TODAY = '2026-11-20';
const codes = (r: { ok: boolean; errors?: { code: string }[] }) =>
  r.ok ? [] : (r as { errors: { code: string }[] }).errors.map((e) => e.code);

describe('validateAppeal', () => {
  it('accepts an entry dispute with a trimmed reason and defaults the issue to other', () => {
    const r = validateAppeal({ entryId: 'e1', reason: '  点数が違います ' }, TODAY);
    expect(r).toEqual({
      ok: true,
      value: {
        subject: { type: 'entry', entryId: 'e1', issue: 'other' },
        reason: '点数が違います',
      },
    });
  });

  it('accepts a missing credit with kind, reference and a past day', () => {
    const r = validateAppeal(
      {
        kind: 'knowledgePublished',
        sourceReference: '議事録テンプレート',
        occurredOn: '2026-11-19',
        reason: '公開したのに付与されていない',
      },
      TODAY,
    );
    expect(r.ok && r.value.subject).toEqual({
      type: 'missingCredit',
      kind: 'knowledgePublished',
      sourceReference: '議事録テンプレート',
      occurredOn: '2026-11-19',
    });
  });

  it('requires a reason of 1–2000 characters (code points)', () => {
    expect(codes(validateAppeal({ entryId: 'e1', reason: '  ' }, TODAY))).toEqual([
      'appeal.reasonRequired',
    ]);
    expect(codes(validateAppeal({ entryId: 'e1', reason: '𠮷'.repeat(2000) }, TODAY))).toEqual([]);
    expect(codes(validateAppeal({ entryId: 'e1', reason: 'a'.repeat(2001) }, TODAY))).toEqual([
      'appeal.reasonTooLong',
    ]);
  });

  it('refuses no subject, both subjects, unknown issue or kind, future or invalid days', () => {
    expect(codes(validateAppeal({ reason: 'x' }, TODAY))).toEqual(['appeal.subjectRequired']);
    expect(
      codes(validateAppeal({ entryId: 'e1', kind: 'viewReceived', reason: 'x' }, TODAY)),
    ).toContain('appeal.ambiguousSubject');
    expect(codes(validateAppeal({ entryId: 'e1', issue: 'bogus', reason: 'x' }, TODAY))).toEqual([
      'appeal.unknownIssue',
    ]);
    expect(
      codes(
        validateAppeal(
          { kind: 'nope', sourceReference: '', occurredOn: '2026-11-21', reason: 'x' },
          TODAY,
        ),
      ),
    ).toEqual(['appeal.unknownKind', 'appeal.referenceRequired', 'appeal.futureDate']);
    expect(
      codes(
        validateAppeal(
          { kind: 'viewReceived', sourceReference: 'p', occurredOn: '2026-02-30', reason: 'x' },
          TODAY,
        ),
      ),
    ).toEqual(['appeal.invalidDate']);
  });
});

describe('appeal state machine', () => {
  const open: AppealState = {
    status: 'open',
    memberId: 'member',
    subject: { type: 'entry', entryId: 'e1', issue: 'wrongAmount' },
    entryReversible: true,
  };

  it('maps each decision to its outcome; only compensate carries points', () => {
    expect(validateResolution(open, 'hr', { decision: 'reverse', reason: 'ok' })).toMatchObject({
      ok: true,
      value: { outcome: 'reversed', points: null },
    });
    expect(
      validateResolution(open, 'hr', { decision: 'compensate', points: -5, reason: 'ok' }),
    ).toMatchObject({ ok: true, value: { outcome: 'compensated', points: -5 } });
    expect(validateResolution(open, 'hr', { decision: 'reject', reason: 'ok' })).toMatchObject({
      ok: true,
      value: { outcome: 'rejected' },
    });
  });

  it('refuses a second resolution and a resolution of a withdrawn appeal', () => {
    for (const status of ['resolved', 'withdrawn'] as const) {
      expect(
        codes(validateResolution({ ...open, status }, 'hr', { decision: 'reject', reason: 'x' })),
      ).toEqual(['appeal.notOpen']);
    }
  });

  it('needs a reason, sane points, and something to reverse', () => {
    expect(codes(validateResolution(open, 'hr', { decision: 'reject', reason: ' ' }))).toEqual([
      'appeal.reasonRequired',
    ]);
    expect(codes(validateResolution(open, 'hr', { decision: 'compensate', reason: 'x' }))).toEqual([
      'appeal.pointsRequired',
    ]);
    for (const points of [0, 1001, -1001, 1.5]) {
      expect(
        codes(validateResolution(open, 'hr', { decision: 'compensate', points, reason: 'x' })),
      ).toEqual(['appeal.pointsOutOfRange']);
    }
    expect(
      codes(validateResolution(open, 'hr', { decision: 'reject', points: 3, reason: 'x' })),
    ).toEqual(['appeal.pointsNotAllowed']);
    expect(
      codes(
        validateResolution({ ...open, entryReversible: false }, 'hr', {
          decision: 'reverse',
          reason: 'x',
        }),
      ),
    ).toEqual(['appeal.nothingToReverse']);
    const missing: AppealState = {
      status: 'open',
      memberId: 'member',
      subject: {
        type: 'missingCredit',
        kind: 'viewReceived',
        sourceReference: 'p',
        occurredOn: TODAY,
      },
    };
    expect(codes(validateResolution(missing, 'hr', { decision: 'reverse', reason: 'x' }))).toEqual([
      'appeal.nothingToReverse',
    ]);
  });

  it('does not let anyone resolve their own appeal', () => {
    expect(codes(validateResolution(open, 'member', { decision: 'reject', reason: 'x' }))).toEqual([
      'appeal.ownAppeal',
    ]);
  });

  it('lets only the member withdraw, only while open', () => {
    expect(validateWithdrawal(open, 'member').ok).toBe(true);
    expect(codes(validateWithdrawal(open, 'other'))).toEqual(['appeal.notYours']);
    expect(codes(validateWithdrawal({ ...open, status: 'resolved' }, 'member'))).toEqual([
      'appeal.notOpen',
    ]);
  });

  it('shows an appeal to its member, HR and admins only', () => {
    expect(canViewAppeal(open, { memberId: 'member', roles: ['staff'] })).toBe(true);
    expect(canViewAppeal(open, { memberId: 'x', roles: ['hr'] })).toBe(true);
    expect(canViewAppeal(open, { memberId: 'x', roles: ['admin'] })).toBe(true);
    expect(canViewAppeal(open, { memberId: 'x', roles: ['manager', 'staff'] })).toBe(false);
  });

  it('keys the compensation entry by appeal', () => {
    expect(appealCompensationKey('a1')).toBe('appeal:a1:compensate');
  });
});
