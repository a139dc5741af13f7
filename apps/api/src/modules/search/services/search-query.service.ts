import { Injectable } from '@nestjs/common';
import { highlightSnippet, queryTokens, type QueryToken } from '@chienowa/domain';
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
/** Postings of the rarest token read per batch. */
export const SEARCH_CANDIDATE_LIMIT = 200;
/** Batches stop once this many documents match (the pages a search can reach)… */
export const SEARCH_WANTED_MATCHES = 200;
/** …or this many postings were read: below it every match is ranked and counted exactly. */
export const SEARCH_SCAN_BUDGET = 2_000;
/** Postings counted per token to find the rarest (index-only, cheap next to ranking). */
const POSTINGS_COUNT_LIMIT = 5_000;

type Candidate = {
  token: string;
  w: number | string;
  doc_type: string;
  doc_id: string;
  /** Null when the document is missing or filtered out. */
  hit: string | null;
  popularity: number | string | null;
  score: number | string | null;
};

type Match = { docType: string; docId: string; score: number; popularity: number };

type DocumentRow = {
  doc_type: string;
  doc_id: string;
  title: string;
  body_text: string;
  tags: string;
};

/** One query token as SQL: an exact token or a prefix range, with its parameters. */
const tokenMatch = (t: QueryToken, column: string): { sql: string; params: string[] } =>
  t.prefix
    ? { sql: `${column} >= ? AND ${column} < ?`, params: [t.token, `${t.token}${PREFIX_END}`] }
    : { sql: `${column} = ?`, params: [t.token] };

/**
 * One search over posts, templates and stories. Every query token must match (exact token, or
 * a prefix range for one-character Japanese and Latin words); ranked by summed weights, then
 * popularity, then newest. Standard SQL that both dialects run unchanged, in bounded steps:
 * 1. postings per token, counted up to POSTINGS_COUNT_LIMIT (a token without any ends the
 *    search), to pick the rarest;
 * 2. the rarest token's postings in index order (best weight, newest first), in batches; each
 *    other token is one covering-index probe per candidate. Batches stop when enough documents
 *    match or the scan budget is spent: common bigrams (生成, 議事) cost no more than rare ones;
 * 3. title, text and tags of the page's documents only.
 * Below the budget, ranking and totalCount are exact; above it only the ranked matches can be
 * paged and totalCount is scaled from the counted postings (so at most about 5,000).
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
    const empty = { totalCount: 0, hits: [], pageInfo: { hasNextPage: false, endCursor: null } };
    if (tokens.length === 0) return empty;
    const org = tenant.organizationId;
    const manager = this.db.scope(tenant).manager;
    const types = args.types?.length ? args.types : null;
    const typeSql = (column: string) =>
      types ? ` AND ${column} IN (${types.map(() => '?').join(', ')})` : '';
    const typeParams: string[] = types ? [...types] : [];

    // 1. Postings per token, capped: enough to pick the rarest and to know whether it is small.
    const cap = POSTINGS_COUNT_LIMIT;
    const countParams: unknown[] = [];
    const counts = tokens.map((t, i) => {
      const m = tokenMatch(t, 'token');
      countParams.push(org, ...m.params, ...typeParams, cap);
      return `SELECT ${i} AS q, COUNT(*) AS n FROM (SELECT 1 AS x FROM search_tokens WHERE organization_id = ? AND ${m.sql}${typeSql('doc_type')} LIMIT ?) s${i}`;
    });
    const postings = new Array<number>(tokens.length).fill(0);
    for (const r of (await manager.query(counts.join(' UNION ALL '), countParams)) as {
      q: number | string;
      n: number | string;
    }[]) {
      postings[Number(r.q)] = Number(r.n);
    }
    if (postings.some((n) => n === 0)) return empty;
    // Rarest first; an exact token before a prefix range of the same size.
    const order = tokens
      .map((t, i) => ({ t, i }))
      .sort((a, b) => postings[a.i] - postings[b.i] || Number(a.t.prefix) - Number(b.t.prefix));
    const driver = order[0];

    // 2. Candidates: the rarest token's postings in index order (token, best weight, newest),
    // in batches, each scored with one probe per other token; a missing token makes the sum
    // NULL. More batches only while few have matched (the rarest token mostly occurs without
    // the others), within a scan budget; the ranking never depends on the page asked for.
    const probeParams: unknown[] = [];
    const probes = order.slice(1).map(({ t }) => {
      const m = tokenMatch(t, 'p.token');
      probeParams.push(org, ...m.params);
      return `(SELECT MAX(p.weight) FROM search_tokens p WHERE p.organization_id = ? AND p.doc_type = c.doc_type AND p.doc_id = c.doc_id AND ${m.sql})`;
    });
    const drive = tokenMatch(driver.t, 'token');
    const filters: string[] = [
      'd.organization_id = ?',
      'd.doc_type = c.doc_type',
      'd.doc_id = c.doc_id',
    ];
    const filterParams: unknown[] = [org];
    if (args.tag) {
      filters.push("d.tags LIKE ? ESCAPE '!'");
      filterParams.push(`%\n${args.tag.trim().replace(/[!%_]/g, (c) => `!${c}`)}\n%`);
    }
    if (args.departmentId) {
      filters.push('d.department_id = ?');
      filterParams.push(args.departmentId);
    }
    const best = new Map<string, Match>();
    let cursor: Candidate | null = null;
    let scanned = 0;
    let exhausted = false;
    while (!exhausted && best.size < SEARCH_WANTED_MATCHES && scanned < SEARCH_SCAN_BUDGET) {
      // Keyset: after the last posting of the previous batch, in (token, weight, doc) order;
      // for one exact token the weight bound keeps it a plain index range.
      const after = cursor
        ? ` AND token <= ? AND (token < ? OR weight < ? OR (weight = ? AND doc_id < ?))${driver.t.prefix ? '' : ' AND weight <= ?'}`
        : '';
      const afterParams = cursor
        ? [cursor.token, cursor.token, cursor.w, cursor.w, cursor.doc_id]
        : [];
      if (cursor && !driver.t.prefix) afterParams.push(cursor.w);
      // An exact token leaves `token` out of the inner ORDER BY: MariaDB does not see that
      // it is constant and sorted all of the token's postings (50 ms for a common bigram)
      // instead of reading ix_search_tokens_rank backwards and stopping at the limit (1 ms).
      const batch: Candidate[] = await manager.query(
        `SELECT c.token, c.w, c.doc_type, c.doc_id, d.doc_id AS hit, d.popularity,
           ${['c.w', ...probes].join(' + ')} AS score
         FROM (SELECT token, weight AS w, doc_type, doc_id FROM search_tokens
           WHERE organization_id = ? AND ${drive.sql}${typeSql('doc_type')}${after}
           ORDER BY ${driver.t.prefix ? 'token DESC, ' : ''}weight DESC, doc_id DESC LIMIT ?) c
         LEFT JOIN search_documents d ON ${filters.join(' AND ')}
         ORDER BY c.token DESC, c.w DESC, c.doc_id DESC`,
        [
          ...probeParams,
          org,
          ...drive.params,
          ...typeParams,
          ...afterParams,
          SEARCH_CANDIDATE_LIMIT,
          ...filterParams,
        ],
      );
      scanned += batch.length;
      // The database's own order (its collation), so the keyset never skips a posting.
      cursor = batch[batch.length - 1] ?? cursor;
      exhausted = batch.length < SEARCH_CANDIDATE_LIMIT;
      for (const r of batch) {
        if (r.hit === null || r.score === null) continue;
        // A prefix range can reach a document through several tokens: keep its best.
        const key = `${r.doc_type}:${r.doc_id}`;
        const score = Number(r.score);
        if ((best.get(key)?.score ?? -1) < score) {
          best.set(key, {
            docType: r.doc_type,
            docId: r.doc_id,
            score,
            popularity: Number(r.popularity),
          });
        }
      }
    }
    const matches = [...best.values()].sort(
      (a, b) =>
        b.score - a.score ||
        b.popularity - a.popularity ||
        (a.docId < b.docId ? 1 : a.docId > b.docId ? -1 : 0),
    );
    // Exact when every posting was read; else scaled from the postings counted in step 1
    // (capped, so very common words show at most about that many).
    const totalCount = exhausted
      ? matches.length
      : Math.max(matches.length, Math.round((postings[driver.i] * matches.length) / scanned));

    // 3. The page's documents.
    const slice = matches.slice(offset, offset + args.first + 1);
    const docs = new Map<string, DocumentRow>();
    if (slice.length > 0) {
      const rows: DocumentRow[] = await manager.query(
        `SELECT doc_type, doc_id, title, body_text, tags FROM search_documents WHERE organization_id = ? AND (${slice.map(() => '(doc_type = ? AND doc_id = ?)').join(' OR ')})`,
        [org, ...slice.flatMap((m) => [m.docType, m.docId])],
      );
      for (const r of rows) docs.set(`${r.doc_type}:${r.doc_id}`, r);
    }
    const rows = slice.flatMap((m) => {
      const d = docs.get(`${m.docType}:${m.docId}`);
      return d ? [{ ...d, popularity: m.popularity, score: m.score }] : [];
    });
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
      totalCount,
      hits,
      pageInfo: {
        hasNextPage: slice.length > args.first,
        endCursor: slice.length > args.first ? encodeCursor([offset + args.first]) : null,
      },
    };
  }
}
