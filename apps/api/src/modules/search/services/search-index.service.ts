import { Injectable } from '@nestjs/common';
import { indexTokens } from '@chienowa/domain';
import type { TenantScope } from '../../../common/tenancy/tenant-repository';
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
}
