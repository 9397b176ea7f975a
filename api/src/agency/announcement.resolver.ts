import { Arg, Args, Ctx as Context, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { PersonActor } from '../auth/actor';
import { Policy } from '../auth/declarations';
import { can } from '../auth/policy';
import type { Ctx } from '../graphql/context';
import { PageArgs } from '../graphql/connection';
import { passwordChangeRequired } from '../graphql/errors';
import { toGlobalId } from '../graphql/node';
import { Viewer, ViewerCan } from '../identity/identity.types';
import { Building } from '../portfolio/portfolio.types';
import { announcementPage, type AnnouncementRow } from './announcement-list.service';
import { Announcement, AnnouncementConnection, PublishAnnouncementInput } from './announcement.types';
import { deleteAnnouncement, publishAnnouncement } from './publish-announcement.service';

@Resolver(() => Announcement)
export class AnnouncementResolver {
  @FieldResolver(() => ID)
  id(@Root() announcement: AnnouncementRow) {
    return toGlobalId('Announcement', announcement.id);
  }

  @FieldResolver(() => Building, { nullable: true, description: 'The building it is limited to; null when agency-wide (or the viewer may not read buildings).' })
  building(@Root() announcement: AnnouncementRow, @Context() ctx: Ctx) {
    return announcement.buildingId ? ctx.loaders.buildingById.loadNow(announcement.buildingId) : null;
  }

  @Policy('announcement.publish')
  @Mutation(() => Announcement, {
    description: 'Publishes an announcement ("Mes informations") for an audience; with a `buildingId`, only that building\'s people of the audience.',
  })
  publishAnnouncement(@Arg('input', () => PublishAnnouncementInput) input: PublishAnnouncementInput, @Context() ctx: Ctx) {
    return publishAnnouncement(ctx, input);
  }

  @Policy('announcement.delete')
  @Mutation(() => Boolean, { description: 'Withdraws an announcement of the agency.' })
  deleteAnnouncement(@Arg('announcementId', () => ID) announcementId: string, @Context() ctx: Ctx) {
    return deleteAnnouncement(ctx, announcementId);
  }

  @Policy('announcement.list')
  @Query(() => AnnouncementConnection, {
    description:
      "Announcements visible to the caller, newest first: every one of the agency for managers and integrators, scheduled ones included (the SPA's clients read Viewer.announcements).",
  })
  announcements(@Args(() => PageArgs) args: PageArgs, @Context() ctx: Ctx) {
    return announcementPage(ctx, args);
  }
}

@Resolver(() => Viewer)
export class ViewerAnnouncementsResolver {
  @FieldResolver(() => AnnouncementConnection, { description: '"Mes informations": the announcements meant for the viewer, newest publication day first.' })
  announcements(@Root() viewer: { actor: PersonActor }, @Args(() => PageArgs) args: PageArgs, @Context() ctx: Ctx) {
    if (viewer.actor.mustChangePassword) throw passwordChangeRequired();
    return announcementPage(ctx, args);
  }
}

/** The announcements' part of `Viewer.can`: the same rules as the pages' queries. */
@Resolver(() => ViewerCan)
export class AnnouncementsViewerCanResolver {
  @FieldResolver(() => Boolean, { description: '"Mes informations": false when the agency switched the module off.' })
  readAnnouncements(@Root() { actor }: { actor: PersonActor }): boolean {
    return can(actor, 'announcement.list');
  }

  @FieldResolver(() => Boolean, { description: "The manager's announcements: publish and withdraw." })
  manageAnnouncements(@Root() { actor }: { actor: PersonActor }): boolean {
    return can(actor, 'announcement.publish') && can(actor, 'announcement.delete');
  }
}
