/** Where each はじめの一歩 step is done; unknown steps (added later on the server) get no link. */
const STEP_PATHS: Record<string, string> = {
  acknowledgeGuideline: '/guideline',
  useTemplate: '/templates',
  likePost: '/knowledge',
  publishPost: '/knowledge/new',
  giveKudos: '/',
};

export function onboardingStepPath(key: string): string | null {
  return STEP_PATHS[key] ?? null;
}
