// Who may see and change a knowledge post. Every member of the organization reads published
// and archived posts (archived ones are shown as such); a draft is private to its author and
// owner. Editing and status changes: author, owner or an admin; handing the post to a new
// owner: the owner or an admin. Organization boundaries are enforced before these rules.
import { hasAnyRole, type Role } from '../identity/roles';
import { type PostStatus } from './review';

export type PostActor = { memberId: string; roles: readonly Role[] };
export type PostAccessFacts = { status: PostStatus; authorId: string; ownerId: string };

const isAdmin = (actor: PostActor): boolean => hasAnyRole(actor.roles, ['admin']);

export const canSeePost = (actor: PostActor, post: PostAccessFacts): boolean =>
  post.status !== 'draft' || actor.memberId === post.authorId || actor.memberId === post.ownerId;

export const canEditPost = (actor: PostActor, post: PostAccessFacts): boolean =>
  canSeePost(actor, post) &&
  (actor.memberId === post.authorId || actor.memberId === post.ownerId || isAdmin(actor));

export const canTransferPostOwner = (actor: PostActor, post: PostAccessFacts): boolean =>
  canSeePost(actor, post) && (actor.memberId === post.ownerId || isAdmin(actor));

/** A comment is removed by whoever wrote it, or by an admin (moderation). */
export const canDeleteComment = (actor: PostActor, comment: { authorId: string }): boolean =>
  actor.memberId === comment.authorId || isAdmin(actor);
