import {
  buildContributionRows,
  CONTRIBUTION_COLUMNS,
  evidenceLines,
  normalizePresetKey,
  parseExportFormat,
  type ContributionFacts,
  type ContributionMember,
} from './contribution-report';

const member = (id: string, over: Partial<ContributionMember> = {}): ContributionMember => ({
  memberId: id,
  employeeNumber: id.toUpperCase(),
  name: `name ${id}`,
  reading: `reading ${id}`,
  active: true,
  departmentId: 'd1',
  department: '営業部',
  teamIds: [],
  teams: [],
  roles: ['staff'],
  ...over,
});

const facts = (categoryPoints: ContributionFacts['categoryPoints']): ContributionFacts => ({
  categoryPoints,
  activity: { postsPublished: 1 },
  hoursSaved: 0.25 + 0.1,
  badgesEarned: 0,
  evidence: [],
});

describe('buildContributionRows', () => {
  it('totals the categories, ranks in department and company, and scores 0–100', () => {
    const rows = buildContributionRows(
      [
        member('e3'),
        member('e1'),
        member('e2', { departmentId: 'd2' }),
        member('e4', { departmentId: null }),
      ],
      new Map([
        ['e1', facts({ posts: 10, views: 5 })],
        ['e2', facts({ kudos: 15 })],
        ['e3', facts({ posts: 3 })],
      ]),
    );
    expect(rows.map((r) => r.memberId)).toEqual(['e1', 'e2', 'e3', 'e4']);
    const [e1, e2, e3, e4] = rows;
    expect(e1.totalPoints).toBe(15);
    expect(e1.categoryPoints.challenges).toBe(0);
    expect([e1.companyRank, e2.companyRank, e3.companyRank, e4.companyRank]).toEqual([1, 1, 3, 4]);
    expect([e1.departmentRank, e3.departmentRank, e2.departmentRank, e4.departmentRank]).toEqual([
      1,
      2,
      1,
      null,
    ]);
    expect(e1.score).toBe(100);
    expect(e4.score).toBe(0);
    expect(e1.hoursSaved).toBe(0.4);
    expect(e4.activity.kudosGiven).toBe(0);
  });

  it('puts members without an employee number last and keeps five evidence items', () => {
    const many = Array.from({ length: 7 }, (_, i) => ({
      sourceType: 'knowledgePost',
      sourceId: `p${i}`,
      title: `t${i}`,
      link: `/knowledge/p${i}`,
      points: 7 - i,
    }));
    const rows = buildContributionRows(
      [member('z', { employeeNumber: null }), member('a')],
      new Map([['z', { ...facts({}), evidence: many }]]),
    );
    expect(rows.map((r) => r.memberId)).toEqual(['a', 'z']);
    expect(rows[1].evidence).toHaveLength(5);
    expect([...evidenceLines(rows)].map((l) => l.position)).toEqual([1, 2, 3, 4, 5]);
  });

  it('has Japanese and English headers for every column', () => {
    for (const c of CONTRIBUTION_COLUMNS) {
      expect(c.label.ja).not.toBe('');
      expect(c.label.en).not.toBe('');
    }
    expect(new Set(CONTRIBUTION_COLUMNS.map((c) => c.key)).size).toBe(CONTRIBUTION_COLUMNS.length);
  });
});

describe('inputs', () => {
  it('reads format names case-insensitively and refuses unknown ones', () => {
    expect(parseExportFormat('csv')).toEqual({ ok: true, value: 'CSV' });
    expect(parseExportFormat('csv-sjis')).toEqual({ ok: true, value: 'CSV_SJIS' });
    expect(parseExportFormat('XLSX')).toEqual({ ok: true, value: 'XLSX' });
    const bad = parseExportFormat('pdf');
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.errors[0].code).toBe('export.unknownFormat');
  });

  it('normalizes preset keys as people type them', () => {
    expect(normalizePresetKey('2026-H1')).toBe('FY2026-H1');
    expect(normalizePresetKey('fy2026-q3')).toBe('FY2026-Q3');
    expect(normalizePresetKey('2026H2')).toBe('FY2026-H2');
    expect(normalizePresetKey('2026-H3')).toBeNull();
    expect(normalizePresetKey('2026-Q5')).toBeNull();
    expect(normalizePresetKey('next year')).toBeNull();
  });
});
