import { Field, ObjectType } from 'type-graphql';

@ObjectType({ description: 'An item of the agency\'s news feed (manual: "Flux RSS", "Actualités Immo" on the home page), as plain text.' })
export class NewsItem {
  @Field(() => String) title!: string;
  @Field(() => String, { nullable: true, description: 'The article (http or https only); null when the feed gives none.' }) url!: string | null;
  @Field(() => String, { nullable: true, description: 'Its summary, markup removed, at most 500 characters.' }) summary!: string | null;
  @Field(() => Date, { nullable: true }) publishedAt!: Date | null;
  @Field(() => [String], { description: 'Its categories ("Energie"), at most 10.' }) categories!: string[];
}

@ObjectType({ description: 'The agency\'s news feed setting ("Url du fil d\'actualité").' })
export class NewsFeedSettings {
  @Field(() => String, { nullable: true, description: 'The feed address; null when none is set.' }) url!: string | null;
}
