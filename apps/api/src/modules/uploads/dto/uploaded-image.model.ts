import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType()
export class UploadedImage {
  @Field(() => ID)
  id: string;

  @Field({ description: 'Same-origin URL to use in Markdown: ![説明](/uploads/<id>).' })
  url: string;

  @Field()
  contentType: string;

  @Field(() => Int)
  byteSize: number;
}
