import { Injectable } from '@nestjs/common';
import { highlightSnippet, queryTokens } from '@chienowa/domain';
import type { Tenant } from '../../../common/tenancy/tenant-owned';
import { BadUserInputError } from '../../../common/graphql/app-errors';
import { decodeCursor, encodeCursor } from '../../../common/graphql/pagination';
import { TenantDataSource } from '../../../common/tenancy/tenant-data-source';
import type { SearchDocTypeEnum, SearchHit, SearchResult } from '../dto/search.model';

export type SearchArgs = {
  query: string;
  types?: SearchDocTypeEnum[] | null;
  tag?: string | null;
  departmentId?: string | null;
  first: number;
  after?: string | null;
};

const MAX_QUERY_LENGTH = 200;
const MAX_TOKENS = 12;
const MAX_PAGE = 50;
// Above every code point in binary (code point) order: the end of a prefix range.
const PREFIX_END = '\u{10FFFF}';

type Row = {
  doc_type: string;
  doc_id: string;
  title: string;
  body_text: string;
  tags: string;
  popularity: number | string;
  score: number | string;
};

/**
 * One search over posts, templates and stories. Every query token must match (exact token, or
 * a prefix range for one-character Japanese and Latin words) — each lookup is a range scan of
 * the (organization, token) primary key, never a LIKE '%…%' over content. Ranked by summed
 * weights, then popularity. Standard SQL that both dialects run unchanged.
 */
@Injectable()
export class SearchQueryService {
  constructor(private readonly db: TenantDataSource) {}

  async search(tenant: Tenant, args: SearchArgs): Promise<SearchResult> {
    if (!Number.isInteger(args.first) || args.first < 1 || args.first > MAX_PAGE) {
      throw BadUserInputError.field(
        'first',
        'first.outOfRange',
        `first must be between 1 and ${MAX_PAGE}`,
      );
    }
    const query = args.query ?? '';
    if ([...query].length > MAX_QUERY_LENGTH) {
      throw BadUserInputError.field(
        'query',
        'query.tooLong',
        `A search can have at most ${MAX_QUERY_LENGTH} characters`,
      );
    }
    const tokens = queryTokens(query).slice(0, MAX_TOKENS);
    const offset = args.after ? Number(decodeCursor(args.after, 1)[0]) : 0;
    if (tokens.length === 0) {
      return { totalCount: 0, hits: [], pageInfo: { hasNextPage: false, endCursor: null } };
    }
    const org = tenant.organizationId;
    const params: unknown[] = [];
    const matches = tokens.map((t, i) => {
      if (t.prefix) {
        params.push(org, t.token, `${t.token}${PREFIX_END}`);
        return `SELECT doc_type, doc_id, ${i} AS q, MAX(weight) AS w FROM search_tokens WHERE organization_id = ? AND token >= ? AND token < ? GROUP BY doc_type, doc_id`;
      }
      params.push(org, t.token);
      return `SELECT doc_type, doc_id, ${i} AS q, MAX(weight) AS w FROM search_tokens WHERE organization_id = ? AND token = ? GROUP BY doc_type, doc_id`;
    });
    const filters: string[] = ['d.organization_id = ?'];
    params.push(org);
    if (args.types?.length) {
      filters.push(`d.doc_type IN (${args.types.map(() => '?').join(', ')})`);
      params.push(...args.types);
    }
    if (args.tag) {
      filters.push("d.tags LIKE ? ESCAPE '!'");
      params.push(`%\n${args.tag.trim().replace(/[!%_]/g, (c) => `!${c}`)}\n%`);
    }
    if (args.departmentId) {
      filters.push('d.department_id = ?');
      params.push(args.departmentId);
    }
    const base = `FROM (${matches.join(' UNION ALL ')}) m
      JOIN search_documents d ON d.doc_type = m.doc_type AND d.doc_id = m.doc_id
      WHERE ${filters.join(' AND ')}
      GROUP BY d.doc_type, d.doc_id, d.title, d.body_text, d.tags, d.popularity
      HAVING COUNT(DISTINCT m.q) = ${tokens.length}`;
    const manager = this.db.scope(tenant).manager;
    const [countRow] = await manager.query(
      `SELECT COUNT(*) AS n FROM (SELECT d.doc_id ${base}) c`,
      params,
    );
    const rows: Row[] = await manager.query(
      `SELECT d.doc_type, d.doc_id, d.title, d.body_text, d.tags, d.popularity, SUM(m.w) AS score ${base}
       ORDER BY score DESC, d.popularity DESC, d.doc_id DESC LIMIT ? OFFSET ?`,
      [...params, args.first + 1, offset],
    );
    const page = rows.slice(0, args.first);
    const hits: SearchHit[] = page.map((r) => {
      const snippet = highlightSnippet(r.body_text || r.title, query);
      const title = highlightSnippet(r.title, query, 200);
      return {
        type: r.doc_type as SearchDocTypeEnum,
        id: r.doc_id,
        title: r.title,
        titleHighlights:
          title.text === r.title ? title.highlights.map(([start, end]) => ({ start, end })) : [],
        snippet: {
          text: snippet.text,
          highlights: snippet.highlights.map(([start, end]) => ({ start, end })),
        },
        tags: r.tags.split('\n').filter(Boolean),
        score: Number(r.score),
        popularity: Number(r.popularity),
      };
    });
    return {
      totalCount: Number((countRow as { n: number | string }).n),
      hits,
      pageInfo: {
        hasNextPage: rows.length > args.first,
        endCursor: rows.length > args.first ? encodeCursor([offset + args.first]) : null,
      },
    };
  }
}
