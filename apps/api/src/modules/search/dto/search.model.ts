import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { PageInfo } from '../../../common/graphql/pagination';

export enum SearchDocTypeEnum {
  KNOWLEDGE_POST = 'knowledgePost',
  TEMPLATE = 'template',
  STORY = 'story',
}
registerEnumType(SearchDocTypeEnum, { name: 'SearchDocType' });

@ObjectType()
export class SearchHighlight {
  @Field(() => Int, { description: 'UTF-16 offset where the highlight starts.' })
  start: number;

  @Field(() => Int, { description: 'UTF-16 offset where it ends (exclusive).' })
  end: number;
}

@ObjectType()
export class SearchSnippet {
  @Field()
  text: string;

  @Field(() => [SearchHighlight])
  highlights: SearchHighlight[];
}

@ObjectType()
export class SearchHit {
  @Field(() => SearchDocTypeEnum)
  type: SearchDocTypeEnum;

  @Field(() => ID)
  id: string;

  @Field()
  title: string;

  @Field(() => [SearchHighlight])
  titleHighlights: SearchHighlight[];

  @Field(() => SearchSnippet)
  snippet: SearchSnippet;

  @Field(() => [String])
  tags: string[];

  @Field(() => Int, { description: 'Relevance: title matches weigh 4, tags 2, body 1.' })
  score: number;

  @Field(() => Int)
  popularity: number;
}

@ObjectType()
export class SearchResult {
  @Field(() => Int)
  totalCount: number;

  @Field(() => [SearchHit])
  hits: SearchHit[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;
}
