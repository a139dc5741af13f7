import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { TenantOwned } from '../../../common/tenancy/tenant-owned';

/** What a search result shows and filters on, one row per searchable item. */
@Entity('search_documents')
@Index('ix_search_documents_org_type', ['organizationId', 'docType'])
// Covering for ranking candidates: popularity without reading the (long) body text.
@Index('ix_search_documents_rank', [
  'organizationId',
  'docType',
  'docId',
  'popularity',
  'departmentId',
])
export class SearchDocumentEntity implements TenantOwned {
  @PrimaryColumn('varchar', { name: 'organization_id', length: 36 })
  organizationId: string;

  @PrimaryColumn('varchar', { name: 'doc_type', length: 16 })
  docType: string;

  @PrimaryColumn('varchar', { name: 'doc_id', length: 36 })
  docId: string;

  @Column('varchar', { length: 200 })
  title: string;

  /** Plain text (Markdown stripped) for snippets, cut at 6,000 characters. */
  @Column('text', { name: 'body_text' })
  bodyText: string;

  /** Tags separated by \n (searched through tokens; stored for filters and display). */
  @Column('varchar', { length: 1000 })
  tags: string;

  @Column('varchar', { name: 'department_id', length: 36, nullable: true })
  departmentId: string | null;

  /** Tiebreaker: views, likes and reuses the item has had. */
  @Column('int')
  popularity: number;

  @Column('datetime', { name: 'updated_at' })
  updatedAt: Date;
}
