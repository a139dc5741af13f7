import { Module } from '@nestjs/common';
import { GuidelineResolver } from './resolvers/guideline.resolver';
import { GuidelineService } from './services/guideline.service';

/** The guideline page, acknowledgements, banned terms and the pre-publish content check. */
@Module({
  providers: [GuidelineResolver, GuidelineService],
  exports: [GuidelineService],
})
export class GuidelineModule {}
