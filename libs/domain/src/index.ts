// Public API of @chienowa/domain: framework-free rules shared by the API and the web app.

export * from './shared/result';
export * from './shared/text';
export * from './shared/civil-date';

export * from './identity/roles';
export * from './identity/member-rules';
export * from './identity/password-policy';
export * from './identity/member-import';

export * from './organization/organization-settings';

export * from './periods/zoned-time';
export * from './periods/period';
export * from './periods/month-cover';

export * from './access/access-rule';

export * from './levels/levels';

export * from './templates/placeholders';
export * from './templates/template-catalog';

export * from './guideline/guideline';
export * from './guideline/content-check';

export * from './stories/hours-saved';
export * from './stories/story-workflow';

export * from './knowledge/review';

export * from './search/mapped-text';
export * from './search/ngram';

export * from './points/point-rules';
export * from './points/award';
export * from './points/ledger';
export * from './points/idempotency';

export * from './templates/template-rules';

export * from './knowledge/post-content';
export * from './knowledge/post-access';

export * from './uploads/image-type';

export * from './recognition/kudos';
export * from './recognition/per-target-cap';
export * from './recognition/feed';

export * from './badges/badge-criteria';
export * from './badges/badge-catalog';
export * from './badges/streaks';
export * from './badges/badge-evaluation';
export * from './badges/usage-days';
export * from './badges/specialities';
export * from './onboarding/onboarding';

export * from './leaderboards/leaderboard';
export * from './challenges/challenge';

export * from './fair-play/collusion';

export * from './hr-export/spreadsheet-cell';
export * from './hr-export/contribution-score';
export * from './hr-export/evaluation-period';
export * from './hr-export/contribution-report';

export * from './appeals/appeal';
export * from './analytics/adoption';
export * from './analytics/adoption-csv';
