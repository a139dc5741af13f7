import { ROLES, validateMemberInput } from '@chienowa/domain';
import {
  DEMO_DEPARTMENTS,
  DEMO_MEMBERS,
  DEMO_PASSWORD,
  DEMO_TEAMS,
} from './demo-organization.data';

describe('demo organization data', () => {
  it('has the documented sign-in accounts', () => {
    const byEmail = new Map(DEMO_MEMBERS.map((m) => [m.email, m]));
    expect(byEmail.get('admin@example.com')?.roles).toContain('admin');
    expect(byEmail.get('hr@example.com')?.roles).toContain('hr');
    expect(byEmail.get('manager@example.com')?.roles).toContain('manager');
    expect(byEmail.get('staff@example.com')?.roles).toEqual(['staff']);
    expect(DEMO_PASSWORD).toBe('chienowa-demo');
  });

  it('covers every role with 35–45 valid members whose references resolve', () => {
    expect(DEMO_MEMBERS.length).toBeGreaterThanOrEqual(35);
    expect(DEMO_MEMBERS.length).toBeLessThanOrEqual(45);
    expect(new Set(DEMO_MEMBERS.flatMap((m) => m.roles))).toEqual(new Set(ROLES));
    const departments = new Set(DEMO_DEPARTMENTS.map((d) => d.key));
    const teams = new Set(DEMO_TEAMS.map((t) => t.key));
    for (const m of DEMO_MEMBERS) {
      expect(departments.has(m.departmentKey)).toBe(true);
      for (const t of m.teamKeys) expect(teams.has(t)).toBe(true);
      const result = validateMemberInput({ ...m }, { today: '2026-11-23' });
      expect({ email: m.email, ok: result.ok }).toEqual({ email: m.email, ok: true });
    }
    expect(new Set(DEMO_MEMBERS.map((m) => m.email)).size).toBe(DEMO_MEMBERS.length);
    expect(new Set(DEMO_MEMBERS.map((m) => m.employeeNumber)).size).toBe(DEMO_MEMBERS.length);
  });

  it('nests departments at most one level', () => {
    const parents = new Map(DEMO_DEPARTMENTS.map((d) => [d.key, d.parentKey]));
    for (const d of DEMO_DEPARTMENTS) {
      if (d.parentKey) expect(parents.get(d.parentKey)).toBeUndefined();
    }
  });
});
