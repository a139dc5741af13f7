import { formatUnreadCount, nextUnreadCount } from './notification-count';

describe('nextUnreadCount', () => {
  it('adds one for a new unread notification', () => {
    expect(nextUnreadCount(2, { read: false })).toBe(3);
    expect(nextUnreadCount(undefined, { read: false })).toBe(1);
  });

  it('keeps the count for one that is already read', () => {
    expect(nextUnreadCount(2, { read: true })).toBe(2);
  });
});

describe('formatUnreadCount', () => {
  it('shows nothing at zero and caps at 99+', () => {
    expect(formatUnreadCount(0)).toBeNull();
    expect(formatUnreadCount(7)).toBe('7');
    expect(formatUnreadCount(120)).toBe('99+');
  });
});
