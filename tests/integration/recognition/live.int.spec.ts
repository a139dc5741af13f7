import { ActivityBus } from '../../../apps/api/src/common/events/activity-bus';
import { MemberEntity } from '../../../apps/api/src/modules/identity/entities/member.entity';
import { createOrganization, TEST_PASSWORD } from '../../support/factories';
import type { GraphQLClient } from '../../support/graphql-client';
import { startTestApp, type TestApp } from '../../support/test-app';
import { LiveClient, RefusedError } from './live-client';

const FEED_SUB =
  'subscription { feedItemAdded { id type kudos { message valueLabel points } actor { email } subject { email } } }';
const NOTIFICATION_SUB =
  'subscription { notificationAdded { id type read kudos { message } actor { email } } }';

type FeedMsg = {
  data: {
    feedItemAdded: {
      type: string;
      kudos: { message: string } | null;
      actor: { email: string } | null;
      subject: { email: string } | null;
    };
  };
};
type NotificationMsg = {
  data: { notificationAdded: { type: string; read: boolean; actor: { email: string } | null } };
};

const settle = (ms = 300) => new Promise((r) => setTimeout(r, ms));

describe('live feed and notifications over WebSocket', () => {
  let t: TestApp;
  let staff: GraphQLClient;
  let manager: GraphQLClient;
  let otherAdmin: GraphQLClient;
  let otherOrgId: string;
  let managerId: string;
  let valueId: string;
  const sockets: LiveClient[] = [];

  const live = async (client: GraphQLClient | null) => {
    const socket = await LiveClient.connect(t.url, client?.sessionCookie ?? null);
    sockets.push(socket);
    return socket;
  };

  beforeAll(async () => {
    t = await startTestApp();
    staff = t.client();
    await staff.login('staff@example.com');
    manager = t.client();
    await manager.login('manager@example.com');
    const other = await createOrganization(t.dataSource, 'other-live');
    otherOrgId = other.organizationId;
    otherAdmin = t.client();
    await otherAdmin.login(other.adminEmail, TEST_PASSWORD);
    managerId = (
      await t.dataSource
        .getRepository(MemberEntity)
        .findOneByOrFail({ email: 'manager@example.com' })
    ).id;
    const values = await staff.ok<{ recognitionValues: { id: string }[] }>(
      '{ recognitionValues { id } }',
    );
    valueId = values.recognitionValues[0].id;
  });
  afterAll(async () => {
    await Promise.all(sockets.map((s) => s.close()));
    await t.close();
  });

  it('refuses a connection without a valid session', async () => {
    await expect(LiveClient.connect(t.url, null)).rejects.toEqual(new RefusedError(401));
    await expect(
      LiveClient.connect(t.url, 'chienowa_session=not-a-real-session'),
    ).rejects.toMatchObject({ status: 401 });
    // A signed-in browser on another site (cross-site WebSocket hijacking) is refused too.
    await expect(
      LiveClient.connect(t.url, staff.sessionCookie, { origin: 'https://evil.example' }),
    ).rejects.toMatchObject({ status: 403 });
    const sameSite = await live(staff);
    expect(sameSite).toBeInstanceOf(LiveClient);
  });

  it('delivers a kudos to its organization’s subscribers only, the notification only to the receiver', async () => {
    const staffLive = await live(staff);
    const managerLive = await live(manager);
    const otherLive = await live(otherAdmin);
    const staffFeed = staffLive.subscribe(FEED_SUB);
    const staffBell = staffLive.subscribe(NOTIFICATION_SUB);
    const managerBell = managerLive.subscribe(NOTIFICATION_SUB);
    const otherFeed = otherLive.subscribe(FEED_SUB);
    const otherBell = otherLive.subscribe(NOTIFICATION_SUB);
    await settle();

    await staff.ok('mutation G($input: GiveKudosInput!) { giveKudos(input: $input) { id } }', {
      input: { receiverId: managerId, valueId, message: '会議の準備ありがとう！' },
    });

    const [feedMsg] = await staffLive.waitFor<FeedMsg>(staffFeed);
    expect(feedMsg.data.feedItemAdded).toMatchObject({
      type: 'KUDOS',
      kudos: { message: '会議の準備ありがとう！' },
      actor: { email: 'staff@example.com' },
      subject: { email: 'manager@example.com' },
    });
    const [bellMsg] = await managerLive.waitFor<NotificationMsg>(managerBell);
    expect(bellMsg.data.notificationAdded).toMatchObject({
      type: 'KUDOS_RECEIVED',
      read: false,
      actor: { email: 'staff@example.com' },
    });

    await t.app.get(ActivityBus).drain();
    await settle();
    // The giver gets no kudos notification (a first-kudos badge may notify them); the other
    // organization hears nothing at all.
    expect(
      staffLive.messages<NotificationMsg>(staffBell).map((m) => m.data.notificationAdded.type),
    ).not.toContain('KUDOS_RECEIVED');
    expect(otherLive.messages(otherFeed)).toHaveLength(0);
    expect(otherLive.messages(otherBell)).toHaveLength(0);

    // The other organization's subscription works: its own new member reaches it, not org A.
    const before = staffLive.messages(staffFeed).length;
    const otherMember = await t.dataSource
      .getRepository(MemberEntity)
      .findOneByOrFail({ organizationId: otherOrgId });
    t.app.get(ActivityBus).publish({
      type: 'memberJoined',
      organizationId: otherOrgId,
      memberId: otherMember.id,
      occurredAt: new Date(),
    });
    const [joined] = await otherLive.waitFor<FeedMsg>(otherFeed);
    expect(joined.data.feedItemAdded).toMatchObject({ type: 'MEMBER_JOINED' });
    await settle();
    expect(staffLive.messages(staffFeed)).toHaveLength(before);
  });
});
