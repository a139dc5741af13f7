import {
  canDeleteComment,
  canEditPost,
  canSeePost,
  canTransferPostOwner,
  type PostAccessFacts,
  type PostActor,
} from './post-access';

const author: PostActor = { memberId: 'author', roles: ['staff'] };
const owner: PostActor = { memberId: 'owner', roles: ['staff'] };
const colleague: PostActor = { memberId: 'colleague', roles: ['staff', 'manager', 'hr'] };
const admin: PostActor = { memberId: 'admin', roles: ['staff', 'admin'] };
const post = (status: PostAccessFacts['status']): PostAccessFacts => ({
  status,
  authorId: 'author',
  ownerId: 'owner',
});

describe('canSeePost', () => {
  it('shows published and archived posts to every member', () => {
    for (const who of [author, owner, colleague, admin]) {
      expect(canSeePost(who, post('published'))).toBe(true);
      expect(canSeePost(who, post('archived'))).toBe(true);
    }
  });

  it('keeps drafts to author and owner (not even admins or HR)', () => {
    expect(canSeePost(author, post('draft'))).toBe(true);
    expect(canSeePost(owner, post('draft'))).toBe(true);
    expect(canSeePost(colleague, post('draft'))).toBe(false);
    expect(canSeePost(admin, post('draft'))).toBe(false);
  });
});

describe('canEditPost', () => {
  it('lets author, owner and admins edit visible posts, nobody else', () => {
    expect(canEditPost(author, post('published'))).toBe(true);
    expect(canEditPost(owner, post('archived'))).toBe(true);
    expect(canEditPost(admin, post('published'))).toBe(true);
    expect(canEditPost(colleague, post('published'))).toBe(false);
    expect(canEditPost(admin, post('draft'))).toBe(false);
  });
});

describe('canTransferPostOwner', () => {
  it('is for the owner and admins, not the author who is no longer owner', () => {
    expect(canTransferPostOwner(owner, post('published'))).toBe(true);
    expect(canTransferPostOwner(admin, post('published'))).toBe(true);
    expect(canTransferPostOwner(author, post('published'))).toBe(false);
    expect(canTransferPostOwner(colleague, post('published'))).toBe(false);
  });
});

describe('canDeleteComment', () => {
  it('is for the comment’s author and admins', () => {
    expect(canDeleteComment(colleague, { authorId: 'colleague' })).toBe(true);
    expect(canDeleteComment(admin, { authorId: 'colleague' })).toBe(true);
    expect(canDeleteComment(author, { authorId: 'colleague' })).toBe(false);
  });
});
