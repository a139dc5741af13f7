import { Outlet, createBrowserRouter } from 'react-router';
import { RequireAuth, RequireRoles } from '../features/identity/components/RouteGuards';
import { ForbiddenPage } from '../pages/ForbiddenPage';
import { HomePage } from '../pages/HomePage';
import { LoginPage } from '../pages/LoginPage';
import { NotFoundPage } from '../pages/NotFoundPage';
import { ProfilePage } from '../pages/ProfilePage';
import { FullPageLoader } from '../shared/ui/FullPageLoader';
import { AppShellLayout } from './layout/AppShellLayout';

/** Admin screens are loaded on demand: most members never open them. */
export function createAppRouter() {
  return createBrowserRouter([
    {
      path: '/',
      element: <Outlet />,
      HydrateFallback: FullPageLoader,
      children: [
        { path: 'login', element: <LoginPage /> },
        {
          element: (
            <RequireAuth>
              <AppShellLayout />
            </RequireAuth>
          ),
          children: [
            { index: true, element: <HomePage /> },
            {
              path: 'knowledge',
              children: [
                {
                  index: true,
                  lazy: async () => ({
                    Component: (await import('../pages/KnowledgeListPage')).KnowledgeListPage,
                  }),
                },
                {
                  path: 'new',
                  lazy: async () => ({
                    Component: (await import('../pages/KnowledgeEditorPage')).KnowledgeEditorPage,
                  }),
                },
                {
                  path: ':id',
                  lazy: async () => ({
                    Component: (await import('../pages/KnowledgeDetailPage')).KnowledgeDetailPage,
                  }),
                },
                {
                  path: ':id/edit',
                  lazy: async () => ({
                    Component: (await import('../pages/KnowledgeEditorPage')).KnowledgeEditorPage,
                  }),
                },
              ],
            },
            {
              path: 'search',
              lazy: async () => ({
                Component: (await import('../pages/SearchPage')).SearchPage,
              }),
            },
            {
              path: 'guideline',
              lazy: async () => ({
                Component: (await import('../pages/GuidelinePage')).GuidelinePage,
              }),
            },
            {
              path: 'templates',
              children: [
                {
                  index: true,
                  lazy: async () => ({
                    Component: (await import('../pages/TemplatesPage')).TemplatesPage,
                  }),
                },
                {
                  path: 'new',
                  lazy: async () => ({
                    Component: (await import('../pages/TemplateEditorPage')).NewTemplatePage,
                  }),
                },
                {
                  path: ':id',
                  lazy: async () => ({
                    Component: (await import('../pages/TemplateDetailPage')).TemplateDetailPage,
                  }),
                },
                {
                  path: ':id/edit',
                  lazy: async () => ({
                    Component: (await import('../pages/TemplateEditorPage')).EditTemplatePage,
                  }),
                },
              ],
            },
            {
              path: 'stories',
              children: [
                {
                  index: true,
                  lazy: async () => ({
                    Component: (await import('../pages/StoriesPage')).StoriesPage,
                  }),
                },
                {
                  path: 'new',
                  lazy: async () => ({
                    Component: (await import('../pages/StoryEditorPage')).NewStoryPage,
                  }),
                },
                {
                  path: ':id',
                  lazy: async () => ({
                    Component: (await import('../pages/StoryDetailPage')).StoryDetailPage,
                  }),
                },
                {
                  path: ':id/edit',
                  lazy: async () => ({
                    Component: (await import('../pages/StoryEditorPage')).EditStoryPage,
                  }),
                },
              ],
            },
            {
              path: 'leaderboard',
              lazy: async () => ({
                Component: (await import('../pages/LeaderboardPage')).LeaderboardPage,
              }),
            },
            {
              path: 'challenges',
              children: [
                {
                  index: true,
                  lazy: async () => ({
                    Component: (await import('../pages/ChallengesPage')).ChallengesPage,
                  }),
                },
                {
                  path: 'new',
                  element: (
                    <RequireRoles
                      roles={['ADMIN', 'AMBASSADOR']}
                      forbidden={<ForbiddenPage area="admin" />}
                    />
                  ),
                  children: [
                    {
                      index: true,
                      lazy: async () => ({
                        Component: (await import('../pages/ChallengeEditorPage'))
                          .ChallengeEditorPage,
                      }),
                    },
                  ],
                },
                {
                  path: ':id',
                  lazy: async () => ({
                    Component: (await import('../pages/ChallengeDetailPage')).ChallengeDetailPage,
                  }),
                },
                {
                  path: ':id/edit',
                  element: (
                    <RequireRoles
                      roles={['ADMIN', 'AMBASSADOR']}
                      forbidden={<ForbiddenPage area="admin" />}
                    />
                  ),
                  children: [
                    {
                      index: true,
                      lazy: async () => ({
                        Component: (await import('../pages/ChallengeEditorPage')).EditChallengePage,
                      }),
                    },
                  ],
                },
              ],
            },
            {
              path: 'ambassadors',
              lazy: async () => ({
                Component: (await import('../pages/AmbassadorsPage')).AmbassadorsPage,
              }),
            },
            { path: 'profile', element: <ProfilePage /> },
            {
              path: 'points',
              lazy: async () => ({
                Component: (await import('../pages/PointsPage')).PointsPage,
              }),
            },
            {
              path: 'hr',
              children: [
                {
                  // Managers reach the export tab (the API decides whether they may export).
                  element: (
                    <RequireRoles
                      roles={['HR', 'ADMIN', 'MANAGER']}
                      forbidden={<ForbiddenPage area="hr" />}
                    />
                  ),
                  children: [
                    {
                      index: true,
                      lazy: async () => ({
                        Component: (await import('../pages/HrPage')).HrPage,
                      }),
                    },
                  ],
                },
                {
                  element: (
                    <RequireRoles roles={['HR', 'ADMIN']} forbidden={<ForbiddenPage area="hr" />} />
                  ),
                  children: [
                    {
                      path: 'fair-play',
                      lazy: async () => ({
                        Component: (await import('../pages/FairPlayPage')).FairPlayPage,
                      }),
                    },
                  ],
                },
              ],
            },
            {
              path: 'analytics',
              element: (
                <RequireRoles
                  roles={['HR', 'ADMIN', 'MANAGER']}
                  forbidden={<ForbiddenPage area="analytics" />}
                />
              ),
              children: [
                {
                  index: true,
                  lazy: async () => ({
                    Component: (await import('../pages/AnalyticsPage')).AnalyticsPage,
                  }),
                },
              ],
            },
            {
              path: 'admin',
              element: (
                <RequireRoles roles={['ADMIN']} forbidden={<ForbiddenPage area="admin" />} />
              ),
              children: [
                {
                  index: true,
                  lazy: async () => ({
                    Component: (await import('../pages/admin/AdminHomePage')).AdminHomePage,
                  }),
                },
                {
                  path: 'members',
                  lazy: async () => ({
                    Component: (await import('../pages/admin/MembersPage')).MembersPage,
                  }),
                },
                {
                  path: 'structure',
                  lazy: async () => ({
                    Component: (await import('../pages/admin/StructurePage')).StructurePage,
                  }),
                },
                {
                  path: 'import',
                  lazy: async () => ({
                    Component: (await import('../pages/admin/ImportPage')).ImportPage,
                  }),
                },
                {
                  path: 'points',
                  lazy: async () => ({
                    Component: (await import('../pages/admin/PointRulesPage')).PointRulesPage,
                  }),
                },
                {
                  path: 'guideline',
                  lazy: async () => ({
                    Component: (await import('../pages/admin/GuidelineAdminPage'))
                      .GuidelineAdminPage,
                  }),
                },
                {
                  path: 'banned-terms',
                  lazy: async () => ({
                    Component: (await import('../pages/admin/BannedTermsPage')).BannedTermsPage,
                  }),
                },
                {
                  path: 'template-categories',
                  lazy: async () => ({
                    Component: (await import('../pages/admin/TemplateCategoriesPage'))
                      .TemplateCategoriesPage,
                  }),
                },
                {
                  path: 'organization',
                  lazy: async () => ({
                    Component: (await import('../pages/admin/OrganizationPage')).OrganizationPage,
                  }),
                },
                {
                  path: 'leaderboard',
                  lazy: async () => ({
                    Component: (await import('../pages/admin/LeaderboardSettingsPage'))
                      .LeaderboardSettingsPage,
                  }),
                },
                {
                  path: 'badges',
                  lazy: async () => ({
                    Component: (await import('../pages/admin/AwardBadgePage')).AwardBadgePage,
                  }),
                },
                {
                  path: 'custom-badges',
                  lazy: async () => ({
                    Component: (await import('../pages/admin/CustomBadgesPage')).CustomBadgesPage,
                  }),
                },
                {
                  path: 'recognition',
                  lazy: async () => ({
                    Component: (await import('../pages/admin/RecognitionSettingsPage'))
                      .RecognitionSettingsPage,
                  }),
                },
              ],
            },
            { path: '*', element: <NotFoundPage /> },
          ],
        },
      ],
    },
  ]);
}

export type AppRouter = ReturnType<typeof createAppRouter>;
