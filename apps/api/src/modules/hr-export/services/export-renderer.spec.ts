import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import {
  buildContributionRows,
  DEFAULT_POINT_RULES,
  type ContributionFacts,
  type ContributionMember,
  type ContributionRow,
} from '@chienowa/domain';
import { renderExport } from './export-renderer';

const MEMBERS = 1_200;
const EVIDENCE_PER_MEMBER = 5;

function population(): ContributionRow[] {
  const members: ContributionMember[] = [];
  const facts = new Map<string, ContributionFacts>();
  for (let i = 0; i < MEMBERS; i += 1) {
    const memberId = `m-${String(i).padStart(5, '0')}`;
    members.push({
      memberId,
      employeeNumber: `E${String(i).padStart(5, '0')}`,
      name: `社員 ${i}`,
      reading: `しゃいん ${i}`,
      active: true,
      departmentId: `d-${i % 7}`,
      department: `部署 ${i % 7}`,
      teamIds: [],
      teams: [],
      roles: ['staff'],
    });
    facts.set(memberId, {
      categoryPoints: { posts: i },
      activity: { postsPublished: i % 3 },
      hoursSaved: 0,
      badgesEarned: 0,
      evidence: Array.from({ length: EVIDENCE_PER_MEMBER }, (_, k) => ({
        sourceType: 'knowledgePost',
        sourceId: `${memberId}-p${k}`,
        title: `ナレッジ ${i}-${k}`,
        link: `/knowledge/${memberId}-p${k}`,
        points: k + 1,
      })),
    });
  }
  return buildContributionRows(members, facts);
}

describe('renderExport (XLSX)', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chienowa-render-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  // Large enough that rows are written in many flow-control steps (the renderer waits for the
  // compressor every 256 rows): every row still arrives, in order, on its sheet.
  it('streams every score row and evidence line of a large population into the workbook', async () => {
    const rows = population();
    const file = path.join(dir, 'export.xlsx');
    const result = await renderExport(
      file,
      async function* () {
        yield* rows;
      },
      {
        format: 'XLSX',
        part: 'SCORES',
        locale: 'ja',
        rules: { version: 1, rules: DEFAULT_POINT_RULES },
        timestamp: new Date('2026-12-01T00:00:00Z'),
      },
    );
    expect(result.rowCount).toBe(MEMBERS);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const [scores, evidence] = workbook.worksheets;
    expect(scores.actualRowCount).toBe(1 + MEMBERS);
    expect(evidence.actualRowCount).toBe(1 + MEMBERS * EVIDENCE_PER_MEMBER);
    const names = scores
      .getColumn(2)
      .values.slice(2)
      .map((v) => String(v));
    expect(names).toContain(`社員 ${MEMBERS - 1}`);
    const titles = new Set(
      evidence
        .getSheetValues()
        .slice(2)
        .flatMap((row) => (Array.isArray(row) ? row.map(String) : [])),
    );
    expect(titles.has(`ナレッジ ${MEMBERS - 1}-${EVIDENCE_PER_MEMBER - 1}`)).toBe(true);
  });
});
