import { Arg, Ctx as Context, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { PersonActor } from '../auth/actor';
import { Policy } from '../auth/declarations';
import { can } from '../auth/policy';
import type { Ctx } from '../graphql/context';
import { passwordChangeRequired } from '../graphql/errors';
import { Viewer, ViewerCan } from '../identity/identity.types';
import { newsFeedSettings, newsItems, setNewsFeedUrl } from './news-feed.service';
import { NewsFeedSettings, NewsItem } from './news-feed.types';

@Resolver()
export class NewsFeedResolver {
  @Policy('newsFeed.manage')
  @Query(() => NewsFeedSettings, { description: 'The agency\'s news feed address ("Flux RSS", managers).' })
  newsFeed(@Context() ctx: Ctx) {
    return newsFeedSettings(ctx);
  }

  @Policy('newsFeed.manage')
  @Mutation(() => NewsFeedSettings, { description: 'Sets the agency\'s news feed address ("Url du fil d\'actualité"); empty or null clears it.' })
  setNewsFeedUrl(@Arg('url', () => String, { nullable: true }) url: string | null, @Context() ctx: Ctx) {
    return setNewsFeedUrl(ctx, url);
  }
}

@Resolver(() => Viewer)
export class ViewerNewsItemsResolver {
  @FieldResolver(() => [NewsItem], {
    description: 'The latest items of the agency\'s news feed ("Flux RSS"), newest first, at most `first` (1 to 20, default 5); empty when no feed is set or it fails.',
  })
  newsItems(@Root() viewer: { actor: PersonActor }, @Arg('first', () => Int, { nullable: true }) first: number | null, @Context() ctx: Ctx) {
    if (viewer.actor.mustChangePassword) throw passwordChangeRequired();
    return newsItems(ctx, first);
  }
}

/** The news feed's part of `Viewer.can`. */
@Resolver(() => ViewerCan)
export class NewsFeedViewerCanResolver {
  @FieldResolver(() => Boolean, { description: '"Flux RSS" on the home page: false when the agency switched the module off.' })
  readNewsFeed(@Root() { actor }: { actor: PersonActor }): boolean {
    return can(actor, 'newsFeed.read');
  }
}
