import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { TenantOwned } from '../../../common/tenancy/tenant-owned';

/**
 * The application-side n-gram index: Japanese bigrams and Latin words (libs/domain
 * search/ngram.ts) per document. A B-tree on (organization, token) answers exact and prefix
 * lookups on both dialects, including two-character words (日報, 会議) that SQLite's trigram
 * tokenizer and MariaDB's full-text minimum token size miss.
 *
 * Two covering indexes bound a search's work (search-query.service.ts): `rank` reads a token's
 * best postings first (weight, then newest), `org_doc` checks one document for a token.
 */
@Entity('search_tokens')
@Index('ix_search_tokens_org_doc', ['organizationId', 'docType', 'docId', 'token', 'weight'])
@Index('ix_search_tokens_rank', ['organizationId', 'token', 'weight', 'docId', 'docType'])
export class SearchTokenEntity implements TenantOwned {
  @PrimaryColumn('varchar', { name: 'organization_id', length: 36 })
  organizationId: string;

  @PrimaryColumn('varchar', { length: 64 })
  token: string;

  @PrimaryColumn('varchar', { name: 'doc_type', length: 16 })
  docType: string;

  @PrimaryColumn('varchar', { name: 'doc_id', length: 36 })
  docId: string;

  /** Where the token occurs: title 4, tags 2, body 1 (summed when in several). */
  @Column('int')
  weight: number;
}
