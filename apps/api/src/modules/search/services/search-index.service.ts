import { Injectable } from '@nestjs/common';
import { indexTokens } from '@chienowa/domain';
import type { TenantScope } from '../../../common/tenancy/tenant-repository';
import { quoteIdentifier } from '../../../database/dialect-sql';
import { SearchDocumentEntity } from '../entities/search-document.entity';
import { SearchTokenEntity } from '../entities/search-token.entity';

export type SearchDocType = 'knowledgePost' | 'template' | 'story';

export type SearchableDocument = {
  docType: SearchDocType;
  docId: string;
  title: string;
  /** Markdown or plain text; Markdown syntax is stripped for snippets. */
  body: string;
  tags?: string[];
  departmentId?: string | null;
  popularity?: number;
};

const BODY_TEXT_MAX = 6_000;
const WEIGHT = { title: 4, tags: 2, body: 1 } as const;

/** Markdown to searchable text: drops syntax characters, keeps words and link texts. */
export function markdownToText(markdown: string): string {
  return markdown
    .replace(/```[^\n]*\n/g, '\n')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]+>/g, ' ')
    .replace(/^[ \t]*(#{1,6}|>|[-*+]|\d+\.)[ \t]+/gm, '')
    .replace(/[*_~`|]+/g, ' ')
    .replace(/[ \t]+/g, ' ')
    .trim();
}

/**
 * Keeps the search index in step with content. Content modules call `index` when an item is
 * published or edited while published, and `remove` when it leaves the published state, inside
 * their own transaction.
 */
@Injectable()
export class SearchIndexService {
  async index(scope: TenantScope, doc: SearchableDocument): Promise<void> {
    await this.remove(scope, doc.docType, doc.docId);
    const text = markdownToText(doc.body);
    const weights = new Map<string, number>();
    const add = (tokens: string[], weight: number) => {
      for (const token of tokens) weights.set(token, (weights.get(token) ?? 0) + weight);
    };
    add(indexTokens(doc.title), WEIGHT.title);
    add(indexTokens((doc.tags ?? []).join(' ')), WEIGHT.tags);
    add(indexTokens(text), WEIGHT.body);
    const tokens = scope.repo(SearchTokenEntity);
    const rows = [...weights].map(([token, weight]) =>
      tokens.create({ token: token.slice(0, 64), docType: doc.docType, docId: doc.docId, weight }),
    );
    // Chunked: a long manual has a few thousand distinct bigrams.
    for (let i = 0; i < rows.length; i += 500) await tokens.insert(rows.slice(i, i + 500));
    const docs = scope.repo(SearchDocumentEntity);
    await docs.insert(
      docs.create({
        docType: doc.docType,
        docId: doc.docId,
        title: doc.title.slice(0, 200),
        bodyText: [...text].slice(0, BODY_TEXT_MAX).join(''),
        // Wrapped in newlines so a tag filter is one LIKE '%\ntag\n%' on both dialects.
        tags: `\n${(doc.tags ?? []).join('\n')}\n`.slice(0, 1000),
        departmentId: doc.departmentId ?? null,
        popularity: doc.popularity ?? 0,
        updatedAt: new Date(),
      }),
    );
  }

  async remove(scope: TenantScope, docType: SearchDocType, docId: string): Promise<void> {
    await scope.repo(SearchTokenEntity).delete({ docType, docId });
    await scope.repo(SearchDocumentEntity).delete({ docType, docId });
  }

  /** Popularity moves often (views); update it without re-tokenizing. */
  async setPopularity(
    scope: TenantScope,
    docType: SearchDocType,
    docId: string,
    popularity: number,
  ): Promise<void> {
    await scope.repo(SearchDocumentEntity).update({ docType, docId }, { popularity });
  }

  /**
   * setPopularity for several documents of one type in one statement (a batch of views moves
   * many posts' popularity at once; one UPDATE each was a third of a batch's round trips).
   */
  async setPopularities(
    scope: TenantScope,
    docType: SearchDocType,
    popularity: ReadonlyMap<string, number>,
  ): Promise<void> {
    const ids = [...popularity.keys()].sort();
    if (ids.length === 0) return;
    if (ids.length === 1)
      return this.setPopularity(scope, docType, ids[0], popularity.get(ids[0])!);
    const q = (name: string) => quoteIdentifier(scope.manager, name);
    await scope.manager.query(
      `UPDATE ${q('search_documents')} SET ${q('popularity')} = CASE ${q('doc_id')} ${ids.map(() => 'WHEN ? THEN ?').join(' ')} END WHERE ${q('organization_id')} = ? AND ${q('doc_type')} = ? AND ${q('doc_id')} IN (${ids.map(() => '?').join(', ')})`,
      [
        ...ids.flatMap((id) => [id, popularity.get(id)!]),
        scope.tenant.organizationId,
        docType,
        ...ids,
      ],
    );
  }
}
