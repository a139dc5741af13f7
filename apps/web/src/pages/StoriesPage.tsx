import { Button, Stack, Tabs, Text } from '@mantine/core';
import { IconBulb, IconInbox, IconPlus, IconUser } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useCurrentMember } from '../features/identity/hooks/useCurrentMember';
import { StoryList } from '../features/stories/components/StoryList';
import { type StoryTab, isStoryTab } from '../features/stories/lib/story-options';
import { hasAnyRole } from '../shared/lib/roles';
import { PageHeader } from '../shared/ui/PageHeader';

/** 成功事例: approved stories, my own (any status) and, for reviewers, the review queue. */
export function StoriesPage() {
  const { t } = useTranslation();
  const session = useCurrentMember();
  const [params, setParams] = useSearchParams();
  const roles = session.status === 'signedIn' ? session.member.roles : [];
  const reviewer = hasAnyRole(roles, ['MANAGER', 'AMBASSADOR']);
  const requested = params.get('tab');
  const tab: StoryTab =
    isStoryTab(requested) && (requested !== 'review' || reviewer) ? requested : 'all';

  const select = (value: string | null) => {
    const next = new URLSearchParams(params);
    if (!value || value === 'all') next.delete('tab');
    else next.set('tab', value);
    setParams(next, { replace: true });
  };

  return (
    <Stack gap="lg" maw={980}>
      <PageHeader
        title={t('stories.list.title')}
        description={t('stories.list.intro')}
        actions={
          <Button component={Link} to="/stories/new" leftSection={<IconPlus size={16} />}>
            {t('stories.list.create')}
          </Button>
        }
      />
      <Tabs value={tab} onChange={select} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="all" leftSection={<IconBulb size={16} />}>
            {t('stories.tabs.all')}
          </Tabs.Tab>
          <Tabs.Tab value="mine" leftSection={<IconUser size={16} />}>
            {t('stories.tabs.mine')}
          </Tabs.Tab>
          {reviewer ? (
            <Tabs.Tab value="review" leftSection={<IconInbox size={16} />} data-testid="review-tab">
              {t('stories.tabs.review')}
            </Tabs.Tab>
          ) : null}
        </Tabs.List>
        <Tabs.Panel value="all" pt="md">
          <StoryList
            filter={{ status: 'APPROVED' }}
            label={t('stories.tabs.all')}
            empty={
              <Text size="sm" c="dimmed">
                {t('stories.list.emptyAll')}
              </Text>
            }
          />
        </Tabs.Panel>
        <Tabs.Panel value="mine" pt="md">
          <StoryList
            filter={{ mine: true }}
            showStatus
            label={t('stories.tabs.mine')}
            empty={
              <Text size="sm" c="dimmed">
                {t('stories.list.emptyMine')}
              </Text>
            }
          />
        </Tabs.Panel>
        {reviewer ? (
          <Tabs.Panel value="review" pt="md">
            <Stack gap="sm">
              <Text size="sm" c="dimmed">
                {t('stories.list.reviewIntro')}
              </Text>
              <StoryList
                filter={{ reviewable: true }}
                showStatus
                label={t('stories.tabs.review')}
                empty={
                  <Text size="sm" c="dimmed">
                    {t('stories.list.emptyReview')}
                  </Text>
                }
              />
            </Stack>
          </Tabs.Panel>
        ) : null}
      </Tabs>
    </Stack>
  );
}
