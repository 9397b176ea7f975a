import { Arg, Ctx as Context, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { PersonActor } from '../auth/actor';
import { Policy } from '../auth/declarations';
import type { Ctx } from '../graphql/context';
import { passwordChangeRequired } from '../graphql/errors';
import { can } from '../auth/policy';
import { ChangePasswordInput, LoginPayload, PasswordResetLinkStatus, Person, ResetPasswordInput, Space, Viewer, ViewerCan } from './identity.types';
import { login, logout } from './session.service';
import { changePassword, requestPasswordReset, resetLinkStatus, resetPassword } from './password.service';
import { updateOwnPreferences } from './access.service';

function toViewer(actor: PersonActor): Viewer & { actor: PersonActor } {
  return { identifier: actor.login, displayName: actor.displayName, mustChangePassword: actor.mustChangePassword, actor };
}

/** The spaces of "choix de l'espace", from the actor's relations. */
export function spacesOf(actor: PersonActor): Space[] {
  const spaces: Space[] = [];
  if (actor.coOwnedLotIds.length || actor.councilBuildingIds.length) spaces.push(Space.SYNDIC);
  if (actor.mandatedLotIds.length || actor.leasedLotIds.length) spaces.push(Space.GERANCE);
  if (actor.isStaff) spaces.push(Space.MANAGEMENT);
  return spaces;
}

@Resolver(() => Viewer)
export class ViewerResolver {
  @Policy('viewer.read')
  @Query(() => Viewer, { nullable: true, description: 'Who is signed in; null when nobody is.' })
  viewer(@Context() ctx: Ctx) {
    return ctx.actor.kind === 'person' ? toViewer(ctx.actor) : null;
  }

  @FieldResolver(() => Person, { description: 'The signed-in person.' })
  person(@Root() viewer: { actor: PersonActor }, @Context() ctx: Ctx) {
    if (viewer.actor.mustChangePassword) throw passwordChangeRequired();
    return ctx.loaders.personById.loadNow(viewer.actor.personId);
  }

  @FieldResolver(() => [Space], { description: 'Spaces the person may enter; two or more → show the space chooser.' })
  spaces(@Root() viewer: { actor: PersonActor }) {
    if (viewer.actor.mustChangePassword) throw passwordChangeRequired();
    return spacesOf(viewer.actor);
  }

  @FieldResolver(() => ViewerCan, { description: 'What the viewer may do (false everywhere until a temporary password is changed).' })
  can(@Root() viewer: { actor: PersonActor }): ViewerCan & { actor: PersonActor } {
    return {
      actor: viewer.actor,
      managePortfolio: can(viewer.actor, 'person.search'),
      manageApiTokens: can(viewer.actor, 'apiToken.manage'),
      manageCollaborators: can(viewer.actor, 'collaborator.list'),
      manageAgency: can(viewer.actor, 'agency.updateSettings'),
    };
  }

  @Policy('session.login')
  @Mutation(() => LoginPayload, { description: 'Signs in; sets an httpOnly session cookie.' })
  async login(@Arg('identifier', () => String) identifier: string, @Arg('password', () => String) password: string, @Context() ctx: Ctx) {
    return { viewer: toViewer(await login(ctx, identifier, password)) };
  }

  @Policy('session.logout')
  @Mutation(() => Boolean, { description: 'Ends the session.' })
  logout(@Context() ctx: Ctx) {
    return logout(ctx);
  }

  @Policy('password.change')
  @Mutation(() => Viewer, { description: "Changes one's password (required after a temporary one)." })
  async changePassword(@Arg('input', () => ChangePasswordInput) input: ChangePasswordInput, @Context() ctx: Ctx) {
    await changePassword(ctx, input.currentPassword, input.newPassword);
    return toViewer(ctx.actor as PersonActor);
  }

  @Policy('password.requestReset')
  @Mutation(() => Boolean, { description: '"Mot de passe oublié": e-mails a reset link when the identifier exists. Always true.' })
  async requestPasswordReset(@Arg('identifier', () => String) identifier: string, @Context() ctx: Ctx) {
    await requestPasswordReset(ctx, identifier);
    return true;
  }

  @Policy('password.reset')
  @Mutation(() => Boolean, { description: 'Sets a new password from a reset link.' })
  async resetPassword(@Arg('input', () => ResetPasswordInput) input: ResetPasswordInput, @Context() ctx: Ctx) {
    await resetPassword(ctx, input.token, input.newPassword);
    return true;
  }

  @Policy('password.checkResetLink')
  @Query(() => PasswordResetLinkStatus, { description: 'Whether a reset link is still usable; does not spend it.' })
  async passwordResetLinkStatus(@Arg('token', () => String) token: string, @Context() ctx: Ctx) {
    return (await resetLinkStatus(ctx, token)) as PasswordResetLinkStatus;
  }

  @Policy('person.updateOwnPreferences')
  @Mutation(() => Person, { description: "Switches one's own new-document notifications." })
  updateMyPreferences(@Arg('notifyNewDocuments', () => Boolean) notifyNewDocuments: boolean, @Context() ctx: Ctx) {
    return updateOwnPreferences(ctx, notifyNewDocuments);
  }
}
