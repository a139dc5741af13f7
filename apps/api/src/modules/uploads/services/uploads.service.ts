import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Inject, Injectable } from '@nestjs/common';
import { v7 as uuidv7 } from 'uuid';
import { MAX_IMAGE_BYTES, normalizeText, sniffImageType } from '@chienowa/domain';
import { APP_CONFIG, type AppConfig } from '../../../common/config/app-config';
import type { Viewer } from '../../../common/auth/viewer';
import { BadUserInputError } from '../../../common/graphql/app-errors';
import type { Tenant } from '../../../common/tenancy/tenant-owned';
import { TenantDataSource } from '../../../common/tenancy/tenant-data-source';
import { UploadedFileEntity } from '../entities/uploaded-file.entity';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Images pasted or uploaded into posts: type sniffed, size capped, stored per organization. */
@Injectable()
export class UploadsService {
  constructor(
    private readonly db: TenantDataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private fileOf(organizationId: string, id: string): string {
    return path.join(this.config.dataDir, 'uploads', organizationId, id);
  }

  async uploadImage(
    viewer: Viewer,
    fileBase64: string,
    fileName: string,
  ): Promise<UploadedFileEntity> {
    if (fileBase64.length > Math.ceil((MAX_IMAGE_BYTES * 4) / 3) + 4) {
      throw BadUserInputError.field('fileBase64', 'image.tooLarge', 'Images can be at most 5 MB');
    }
    const bytes = Buffer.from(fileBase64, 'base64');
    if (bytes.length === 0)
      throw BadUserInputError.field('fileBase64', 'image.empty', 'The file is empty');
    if (bytes.length > MAX_IMAGE_BYTES) {
      throw BadUserInputError.field('fileBase64', 'image.tooLarge', 'Images can be at most 5 MB');
    }
    const contentType = sniffImageType(bytes);
    if (!contentType) {
      throw BadUserInputError.field(
        'fileBase64',
        'image.unsupportedType',
        'Only PNG, JPEG, GIF and WebP images can be uploaded',
      );
    }
    const entity = this.db
      .scope(viewer)
      .repo(UploadedFileEntity)
      .create({
        id: uuidv7(),
        uploaderId: viewer.memberId,
        contentType,
        byteSize: bytes.length,
        sha256: createHash('sha256').update(bytes).digest('hex'),
        originalName: normalizeText(fileName ?? '').slice(0, 200) || 'image',
        createdAt: new Date(),
      });
    const file = this.fileOf(viewer.organizationId, entity.id);
    await fs.promises.mkdir(path.dirname(file), { recursive: true });
    await fs.promises.writeFile(file, bytes, { flag: 'wx' });
    try {
      await this.db.scope(viewer).repo(UploadedFileEntity).insert(entity);
    } catch (error) {
      await fs.promises.rm(file, { force: true });
      throw error;
    }
    return entity;
  }

  /** The file of the tenant, or null (unknown id, another organization's file, missing bytes). */
  async open(
    tenant: Tenant,
    id: string,
  ): Promise<{ entity: UploadedFileEntity; file: string } | null> {
    if (!UUID.test(id)) return null;
    const entity = await this.db.scope(tenant).repo(UploadedFileEntity).findOneBy({ id });
    if (!entity) return null;
    const file = this.fileOf(tenant.organizationId, entity.id);
    return fs.existsSync(file) ? { entity, file } : null;
  }
}
