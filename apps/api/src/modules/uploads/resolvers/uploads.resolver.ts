import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Authenticated } from '../../../common/auth/access.decorators';
import { CurrentViewer } from '../../../common/auth/current-viewer.decorator';
import type { Viewer } from '../../../common/auth/viewer';
import { UploadedImage } from '../dto/uploaded-image.model';
import { UploadsService } from '../services/uploads.service';

@Resolver()
export class UploadsResolver {
  constructor(private readonly uploads: UploadsService) {}

  @Authenticated()
  @Mutation(() => UploadedImage, {
    description:
      'Uploads an image (PNG, JPEG, GIF, WebP; ≤ 5 MB; base64 bytes) for use in Markdown.',
  })
  async uploadImage(
    @CurrentViewer() viewer: Viewer,
    @Args('fileBase64') fileBase64: string,
    @Args('fileName') fileName: string,
  ): Promise<UploadedImage> {
    const file = await this.uploads.uploadImage(viewer, fileBase64, fileName);
    return {
      id: file.id,
      url: `/uploads/${file.id}`,
      contentType: file.contentType,
      byteSize: file.byteSize,
    };
  }
}
