import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { TenantOwned } from '../../../common/tenancy/tenant-owned';

/** An uploaded image (diagram, screenshot); bytes live under DATA_DIR/uploads/<org>/<id>. */
@Entity('uploaded_files')
@Index('ix_uploaded_files_org_uploader', ['organizationId', 'uploaderId'])
export class UploadedFileEntity implements TenantOwned {
  @PrimaryColumn('varchar', { length: 36 })
  id: string;

  @Column('varchar', { name: 'organization_id', length: 36 })
  organizationId: string;

  @Column('varchar', { name: 'uploader_id', length: 36 })
  uploaderId: string;

  /** Sniffed from the bytes, never taken from the client. */
  @Column('varchar', { name: 'content_type', length: 32 })
  contentType: string;

  @Column('int', { name: 'byte_size' })
  byteSize: number;

  @Column('varchar', { length: 64 })
  sha256: string;

  @Column('varchar', { name: 'original_name', length: 200 })
  originalName: string;

  @Column('datetime', { name: 'created_at' })
  createdAt: Date;
}
