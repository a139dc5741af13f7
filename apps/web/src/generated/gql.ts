/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query AdoptionAnalyticsCsv($input: AdoptionAnalyticsInput!, $chart: AdoptionChart!) {\n    adoptionAnalyticsCsv(input: $input, chart: $chart) {\n      filename\n      content\n    }\n  }\n": typeof types.AdoptionAnalyticsCsvDocument,
    "\n  query AdoptionAnalytics($input: AdoptionAnalyticsInput!) {\n    adoptionAnalytics(input: $input) {\n      from\n      to\n      departmentIds\n      activeRate {\n        activeMembers\n        members\n        rate\n      }\n      departments {\n        departmentId\n        name\n        activeMembers\n        members\n        rate\n      }\n      weeklyTrend {\n        periodKey\n        firstDay\n        lastDay\n        activeMembers\n        members\n        rate\n      }\n      monthlyTrend {\n        periodKey\n        firstDay\n        lastDay\n        activeMembers\n        members\n        rate\n      }\n      contributionsByWeek {\n        week\n        firstDay\n        posts\n        templates\n        stories\n        reuses\n        reviews\n        kudos\n      }\n      hoursSavedByMonth {\n        month\n        hoursSaved\n        cumulativeHours\n      }\n      totalHoursSaved\n      topTemplatesByReuses {\n        ...AdoptionTopTemplateFields\n      }\n      topTemplatesByHoursSaved {\n        ...AdoptionTopTemplateFields\n      }\n      topContributors {\n        memberId\n        name\n        departmentId\n        points\n      }\n      deadContent {\n        ...AdoptionContentItemFields\n      }\n      deadContentCount\n      staleContent {\n        ...AdoptionContentItemFields\n      }\n      staleContentCount\n      departmentComparison {\n        departmentId\n        name\n        activeMembers\n        members\n        rate\n        posts\n        reuses\n        hoursSaved\n        points\n      }\n    }\n  }\n": typeof types.AdoptionAnalyticsDocument,
    "\n  fragment AdoptionTopTemplateFields on AdoptionTopTemplate {\n    templateId\n    title\n    authorId\n    authorName\n    reuses\n    hoursSavedPerMonth\n    hoursSaved\n  }\n": typeof types.AdoptionTopTemplateFieldsFragmentDoc,
    "\n  fragment AdoptionContentItemFields on AdoptionContentItem {\n    postId\n    title\n    ownerId\n    ownerName\n    departmentId\n    publishedAt\n    reviewBy\n    lastViewedOn\n  }\n": typeof types.AdoptionContentItemFieldsFragmentDoc,
    "\n  fragment AppealFields on Appeal {\n    id\n    memberId\n    memberName\n    status\n    subjectType\n    entry {\n      id\n      kind\n      points\n      sourceType\n      sourceId\n      occurredAt\n      reversesEntryId\n      reason\n      reversed\n    }\n    issue\n    kind\n    sourceReference\n    occurredOn\n    reason\n    outcome\n    points\n    resolutionReason\n    resolvedAt\n    resultEntryId\n    createdAt\n    events {\n      id\n      action\n      actorName\n      outcome\n      points\n      reason\n      createdAt\n    }\n  }\n": typeof types.AppealFieldsFragmentDoc,
    "\n  query Appeals($status: AppealStatus, $first: Int!, $after: String) {\n    appeals(status: $status, first: $first, after: $after) {\n      nodes {\n        ...AppealFields\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.AppealsDocument,
    "\n  query MyAppeals($first: Int!, $after: String) {\n    myAppeals(first: $first, after: $after) {\n      nodes {\n        ...AppealFields\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.MyAppealsDocument,
    "\n  mutation ResolveAppeal($input: ResolveAppealInput!) {\n    resolveAppeal(input: $input) {\n      ...AppealFields\n    }\n  }\n": typeof types.ResolveAppealDocument,
    "\n  mutation SubmitAppeal($input: SubmitAppealInput!) {\n    submitAppeal(input: $input) {\n      ...AppealFields\n    }\n  }\n": typeof types.SubmitAppealDocument,
    "\n  mutation WithdrawAppeal($id: ID!) {\n    withdrawAppeal(id: $id) {\n      ...AppealFields\n    }\n  }\n": typeof types.WithdrawAppealDocument,
    "\n  query Ambassadors($departmentId: ID) {\n    ambassadors(departmentId: $departmentId) {\n      departmentId\n      departmentName\n      ambassadors {\n        member {\n          id\n          displayName\n          nameReading\n          teams {\n            id\n            name\n          }\n        }\n        specialities\n      }\n    }\n  }\n": typeof types.AmbassadorsDocument,
    "\n  mutation AwardBadge($memberId: ID!, $badgeId: ID!, $reason: String!, $tier: BadgeTier) {\n    awardBadge(memberId: $memberId, badgeId: $badgeId, reason: $reason, tier: $tier) {\n      id\n      name\n      memberId\n    }\n  }\n": typeof types.AwardBadgeDocument,
    "\n  query BadgeCatalog {\n    badges {\n      id\n      name\n      manualOnly\n      levels {\n        tier\n      }\n    }\n  }\n": typeof types.BadgeCatalogDocument,
    "\n  query BadgeMetrics {\n    badgeMetrics {\n      key\n      label\n      periods\n      yesNo\n    }\n  }\n": typeof types.BadgeMetricsDocument,
    "\n  fragment BadgeProgressFields on BadgeProgress {\n    badge {\n      id\n      name\n      description\n      metricLabel\n      manualOnly\n      levels {\n        tier\n        threshold\n        points\n      }\n    }\n    value\n    earned {\n      id\n      tier\n      name\n      points\n      reason\n      awardedAt\n    }\n    nextTier\n    nextThreshold\n    remaining\n    complete\n    message\n  }\n": typeof types.BadgeProgressFieldsFragmentDoc,
    "\n  mutation CreateBadge($input: CreateBadgeInput!) {\n    createBadge(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.CreateBadgeDocument,
    "\n  query CustomBadges {\n    badges {\n      id\n      name\n      description\n      custom\n      metric\n      metricLabel\n      period\n      levels {\n        threshold\n        points\n      }\n    }\n  }\n": typeof types.CustomBadgesDocument,
    "\n  query MyBadges {\n    myBadges {\n      ...BadgeProgressFields\n    }\n  }\n": typeof types.MyBadgesDocument,
    "\n  query MyOnboarding {\n    myOnboarding {\n      steps {\n        key\n        title\n        hint\n        done\n      }\n      doneCount\n      total\n      complete\n      badgeEarned\n    }\n  }\n": typeof types.MyOnboardingDocument,
    "\n  query MySpecialities {\n    mySpecialities\n  }\n": typeof types.MySpecialitiesDocument,
    "\n  mutation UpdateMySpecialities($tags: [String!]!) {\n    updateMySpecialities(tags: $tags)\n  }\n": typeof types.UpdateMySpecialitiesDocument,
    "\n  mutation CancelChallenge($id: ID!) {\n    cancelChallenge(id: $id) {\n      id\n      status\n      canEdit\n      canCancel\n    }\n  }\n": typeof types.CancelChallengeDocument,
    "\n  fragment ChallengeStandingFields on ChallengeStanding {\n    rank\n    value\n    total\n    headcount\n    progress\n    isMine\n    winner\n    team {\n      id\n      name\n    }\n    department {\n      id\n      name\n    }\n  }\n": typeof types.ChallengeStandingFieldsFragmentDoc,
    "\n  fragment ChallengeSummaryFields on Challenge {\n    id\n    title\n    metric\n    target\n    unitType\n    scoring\n    startsAt\n    endsAt\n    status\n    winnerPoints\n  }\n": typeof types.ChallengeSummaryFieldsFragmentDoc,
    "\n  query ChallengeUnitOptions {\n    departments {\n      id\n      name\n    }\n    teams {\n      id\n      name\n    }\n  }\n": typeof types.ChallengeUnitOptionsDocument,
    "\n  query Challenge($id: ID!) {\n    challenge(id: $id) {\n      ...ChallengeSummaryFields\n      description\n      closedAt\n      canEdit\n      canCancel\n      standings {\n        ...ChallengeStandingFields\n      }\n    }\n  }\n": typeof types.ChallengeDocument,
    "\n  query Challenges($status: ChallengeStatus!, $first: Int!, $after: String) {\n    challenges(status: $status, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...ChallengeSummaryFields\n          standings {\n            ...ChallengeStandingFields\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.ChallengesDocument,
    "\n  mutation CreateChallenge($input: ChallengeInput!) {\n    createChallenge(input: $input) {\n      ...ChallengeSummaryFields\n    }\n  }\n": typeof types.CreateChallengeDocument,
    "\n  mutation UpdateChallenge($id: ID!, $input: ChallengeInput!) {\n    updateChallenge(id: $id, input: $input) {\n      ...ChallengeSummaryFields\n      description\n      canEdit\n      canCancel\n    }\n  }\n": typeof types.UpdateChallengeDocument,
    "\n  fragment FairPlayMemberFields on Member {\n    id\n    displayName\n    department {\n      id\n      name\n    }\n  }\n": typeof types.FairPlayMemberFieldsFragmentDoc,
    "\n  query FairPlayReport($input: FairPlayReportInput!) {\n    fairPlayReport(input: $input) {\n      from\n      to\n      kinds\n      norm {\n        pairs\n        members\n        median\n        mad\n        allowance\n        analysed\n      }\n      groups {\n        id\n        kind\n        members {\n          ...FairPlayMemberFields\n        }\n        edges {\n          actor {\n            ...FairPlayMemberFields\n          }\n          earner {\n            ...FairPlayMemberFields\n          }\n          count\n          points\n          share\n          heavy\n          excessCount\n          excessPoints\n          byKind {\n            kind\n            count\n            points\n          }\n        }\n        totalCount\n        totalPoints\n        excessCount\n        excessPoints\n        reversedPoints\n        pendingPoints\n        alreadyReversed\n        reversals {\n          id\n          reason\n          entriesReversed\n          pointsReversed\n          createdAt\n          reversedBy {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n": typeof types.FairPlayReportDocument,
    "\n  mutation ReverseFairPlayExcess($input: ReverseFairPlayExcessInput!) {\n    reverseFairPlayExcess(input: $input) {\n      id\n      groupId\n      entriesReversed\n      pointsReversed\n    }\n  }\n": typeof types.ReverseFairPlayExcessDocument,
    "\n  mutation AcknowledgeGuideline($version: Int!) {\n    acknowledgeGuideline(version: $version) {\n      ...GuidelineFields\n    }\n  }\n": typeof types.AcknowledgeGuidelineDocument,
    "\n  mutation AddBannedTerm($term: String!) {\n    addBannedTerm(term: $term) {\n      id\n      term\n      createdAt\n    }\n  }\n": typeof types.AddBannedTermDocument,
    "\n  query BannedTerms {\n    bannedTerms {\n      id\n      term\n      createdAt\n    }\n  }\n": typeof types.BannedTermsDocument,
    "\n  query GuidelineCheckContent($text: String!) {\n    checkContent(text: $text) {\n      kind\n      start\n      end\n      match\n      message\n    }\n  }\n": typeof types.GuidelineCheckContentDocument,
    "\n  fragment GuidelineFields on Guideline {\n    version\n    recommendedUses\n    neverInput\n    finalCheck\n    publishedAt\n    needsAcknowledgement\n  }\n": typeof types.GuidelineFieldsFragmentDoc,
    "\n  query Guideline {\n    guideline {\n      ...GuidelineFields\n    }\n  }\n": typeof types.GuidelineDocument,
    "\n  mutation PublishGuideline($input: GuidelineInput!) {\n    publishGuideline(input: $input) {\n      ...GuidelineFields\n    }\n  }\n": typeof types.PublishGuidelineDocument,
    "\n  mutation RemoveBannedTerm($id: ID!) {\n    removeBannedTerm(id: $id)\n  }\n": typeof types.RemoveBannedTermDocument,
    "\n  fragment ContributionExportFields on ContributionExport {\n    token\n    downloadUrl\n    fileName\n    contentType\n    byteSize\n    sha256\n    rowCount\n    expiresAt\n    unrepresentable {\n      row\n      column\n      char\n    }\n    unrepresentableCount\n  }\n": typeof types.ContributionExportFieldsFragmentDoc,
    "\n  mutation CreateEvaluationPeriod($input: CreateEvaluationPeriodInput!) {\n    createEvaluationPeriod(input: $input) {\n      ...EvaluationPeriodFields\n    }\n  }\n": typeof types.CreateEvaluationPeriodDocument,
    "\n  fragment EvaluationPeriodFields on EvaluationPeriod {\n    id\n    name\n    firstDay\n    lastDay\n    kind\n    presetKey\n    status\n    lockedAt\n    createdAt\n  }\n": typeof types.EvaluationPeriodFieldsFragmentDoc,
    "\n  query EvaluationPeriods {\n    evaluationPeriods {\n      periods {\n        ...EvaluationPeriodFields\n      }\n      availablePresets {\n        key\n        name\n        firstDay\n        lastDay\n      }\n    }\n  }\n": typeof types.EvaluationPeriodsDocument,
    "\n  query ExportAuditLog($first: Int!, $after: String) {\n    exportAuditLog(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          actorName\n          actorKind\n          scope\n          periodName\n          filtersJson\n          format\n          rowCount\n          sha256\n          outcome\n          reason\n          createdAt\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.ExportAuditLogDocument,
    "\n  mutation ExportContributions($input: ExportContributionsInput!) {\n    exportContributions(input: $input) {\n      ...ContributionExportFields\n    }\n  }\n": typeof types.ExportContributionsDocument,
    "\n  mutation ExportMyContributionReport($periodId: ID!, $format: String!) {\n    exportMyContributionReport(periodId: $periodId, format: $format) {\n      ...ContributionExportFields\n    }\n  }\n": typeof types.ExportMyContributionReportDocument,
    "\n  query HrExportSettings {\n    hrExportSettings {\n      managersMayExport\n    }\n  }\n": typeof types.HrExportSettingsDocument,
    "\n  mutation LockEvaluationPeriod($id: ID!) {\n    lockEvaluationPeriod(id: $id) {\n      ...EvaluationPeriodFields\n    }\n  }\n": typeof types.LockEvaluationPeriodDocument,
    "\n  query MyContributionReport($periodId: ID!) {\n    myContributionReport(periodId: $periodId) {\n      period {\n        ...EvaluationPeriodFields\n      }\n      row {\n        memberId\n        employeeNumber\n        name\n        department\n        teams\n        totalPoints\n        categoryPoints {\n          category\n          label\n          points\n        }\n        postsPublished\n        viewsReceived\n        reusesReceived\n        storiesApproved\n        kudosGiven\n        kudosReceived\n        hoursSaved\n        badgesEarned\n        departmentRank\n        departmentPercentile\n        companyRank\n        companyPercentile\n        score\n        evidence {\n          sourceType\n          sourceId\n          title\n          link\n          points\n        }\n      }\n    }\n  }\n": typeof types.MyContributionReportDocument,
    "\n  mutation UpdateHrExportSettings($managersMayExport: Boolean!) {\n    updateHrExportSettings(managersMayExport: $managersMayExport) {\n      managersMayExport\n    }\n  }\n": typeof types.UpdateHrExportSettingsDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  fragment CurrentMemberFields on Member {\n    id\n    email\n    displayName\n    nameReading\n    employeeNumber\n    department {\n      id\n      name\n      parent {\n        id\n        name\n      }\n    }\n    teams {\n      id\n      name\n    }\n    roles\n    active\n    joinedOn\n    locale\n    organization {\n      id\n      name\n      locale\n    }\n  }\n": typeof types.CurrentMemberFieldsFragmentDoc,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      ...CurrentMemberFields\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  query Me {\n    me {\n      ...CurrentMemberFields\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation UpdateMyPreferences($input: UpdateMyPreferencesInput!) {\n    updateMyPreferences(input: $input) {\n      id\n      locale\n    }\n  }\n": typeof types.UpdateMyPreferencesDocument,
    "\n  mutation AddKnowledgeComment($postId: ID!, $body: String!) {\n    addKnowledgeComment(postId: $postId, body: $body) {\n      ...KnowledgeCommentFields\n    }\n  }\n": typeof types.AddKnowledgeCommentDocument,
    "\n  mutation ArchiveKnowledgePost($id: ID!) {\n    archiveKnowledgePost(id: $id) {\n      ...KnowledgePostDetailFields\n    }\n  }\n": typeof types.ArchiveKnowledgePostDocument,
    "\n  mutation ConfirmKnowledgeReview($id: ID!, $idempotencyKey: String!) {\n    confirmKnowledgeReview(id: $id, idempotencyKey: $idempotencyKey) {\n      ...KnowledgePostDetailFields\n    }\n  }\n": typeof types.ConfirmKnowledgeReviewDocument,
    "\n  mutation CreateKnowledgePost($input: CreateKnowledgePostInput!) {\n    createKnowledgePost(input: $input) {\n      ...KnowledgePostDetailFields\n    }\n  }\n": typeof types.CreateKnowledgePostDocument,
    "\n  mutation DeleteKnowledgeComment($id: ID!) {\n    deleteKnowledgeComment(id: $id) {\n      id\n      commentCount\n    }\n  }\n": typeof types.DeleteKnowledgeCommentDocument,
    "\n  fragment KnowledgeCommentFields on KnowledgeComment {\n    id\n    postId\n    body\n    createdAt\n    canDelete\n    author {\n      id\n      displayName\n    }\n  }\n": typeof types.KnowledgeCommentFieldsFragmentDoc,
    "\n  query KnowledgeComments($id: ID!, $first: Int!, $after: String) {\n    knowledgePost(id: $id) {\n      id\n      commentCount\n      comments(first: $first, after: $after) {\n        edges {\n          cursor\n          node {\n            ...KnowledgeCommentFields\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": typeof types.KnowledgeCommentsDocument,
    "\n  query KnowledgeDepartments {\n    departments {\n      id\n      name\n      parentId\n    }\n  }\n": typeof types.KnowledgeDepartmentsDocument,
    "\n  query KnowledgeOwnerCandidates($search: String, $first: Int!) {\n    members(filter: { search: $search }, first: $first) {\n      edges {\n        node {\n          id\n          displayName\n          nameReading\n          department {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.KnowledgeOwnerCandidatesDocument,
    "\n  fragment KnowledgePostCardFields on KnowledgePost {\n    id\n    title\n    status\n    tags\n    needsReview\n    viewCount\n    likeCount\n    commentCount\n    updatedAt\n    publishedAt\n    reviewBy\n    author {\n      id\n      displayName\n    }\n    department {\n      id\n      name\n    }\n  }\n": typeof types.KnowledgePostCardFieldsFragmentDoc,
    "\n  fragment KnowledgePostDetailFields on KnowledgePost {\n    id\n    title\n    bodyMarkdown\n    status\n    tags\n    needsReview\n    reviewBy\n    lastReviewedAt\n    viewCount\n    likeCount\n    likedByMe\n    commentCount\n    revisionCount\n    canEdit\n    createdAt\n    updatedAt\n    publishedAt\n    author {\n      id\n      displayName\n      active\n    }\n    owner {\n      id\n      displayName\n      active\n    }\n    department {\n      id\n      name\n      parent {\n        id\n        name\n      }\n    }\n  }\n": typeof types.KnowledgePostDetailFieldsFragmentDoc,
    "\n  query KnowledgePostRevisions($postId: ID!, $first: Int!, $after: String) {\n    knowledgePostRevisions(postId: $postId, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          postId\n          title\n          bodyMarkdown\n          tags\n          changedFields\n          createdAt\n          editor {\n            id\n            displayName\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.KnowledgePostRevisionsDocument,
    "\n  query KnowledgePost($id: ID!) {\n    knowledgePost(id: $id) {\n      ...KnowledgePostDetailFields\n    }\n  }\n": typeof types.KnowledgePostDocument,
    "\n  query KnowledgePosts($filter: KnowledgePostFilter, $first: Int!, $after: String) {\n    knowledgePosts(filter: $filter, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...KnowledgePostCardFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.KnowledgePostsDocument,
    "\n  query KnowledgeTags {\n    knowledgeTags {\n      tag\n      count\n    }\n  }\n": typeof types.KnowledgeTagsDocument,
    "\n  mutation LikeKnowledgePost($id: ID!, $idempotencyKey: String!) {\n    likeKnowledgePost(id: $id, idempotencyKey: $idempotencyKey) {\n      id\n      likeCount\n      likedByMe\n    }\n  }\n": typeof types.LikeKnowledgePostDocument,
    "\n  mutation PublishKnowledgePost($id: ID!, $confirmFlags: Boolean! = false) {\n    publishKnowledgePost(id: $id, confirmFlags: $confirmFlags) {\n      ...KnowledgePostDetailFields\n    }\n  }\n": typeof types.PublishKnowledgePostDocument,
    "\n  mutation RecordKnowledgeView($postId: ID!, $idempotencyKey: String!) {\n    recordView(postId: $postId, idempotencyKey: $idempotencyKey) {\n      counted\n      viewCount\n    }\n  }\n": typeof types.RecordKnowledgeViewDocument,
    "\n  mutation TransferKnowledgePostOwner($id: ID!, $ownerId: ID!) {\n    transferKnowledgePostOwner(id: $id, ownerId: $ownerId) {\n      ...KnowledgePostDetailFields\n    }\n  }\n": typeof types.TransferKnowledgePostOwnerDocument,
    "\n  mutation UnlikeKnowledgePost($id: ID!) {\n    unlikeKnowledgePost(id: $id) {\n      id\n      likeCount\n      likedByMe\n    }\n  }\n": typeof types.UnlikeKnowledgePostDocument,
    "\n  mutation UnpublishKnowledgePost($id: ID!) {\n    unpublishKnowledgePost(id: $id) {\n      ...KnowledgePostDetailFields\n    }\n  }\n": typeof types.UnpublishKnowledgePostDocument,
    "\n  mutation UpdateKnowledgePost(\n    $id: ID!\n    $input: UpdateKnowledgePostInput!\n    $confirmFlags: Boolean! = false\n  ) {\n    updateKnowledgePost(id: $id, input: $input, confirmFlags: $confirmFlags) {\n      ...KnowledgePostDetailFields\n    }\n  }\n": typeof types.UpdateKnowledgePostDocument,
    "\n  mutation UploadKnowledgeImage($fileBase64: String!, $fileName: String!) {\n    uploadImage(fileBase64: $fileBase64, fileName: $fileName) {\n      id\n      url\n      contentType\n      byteSize\n    }\n  }\n": typeof types.UploadKnowledgeImageDocument,
    "\n  fragment LeaderboardEntryFields on LeaderboardEntry {\n    rank\n    points\n    isMe\n    member {\n      id\n      displayName\n      department {\n        id\n        name\n      }\n    }\n    team {\n      id\n      name\n    }\n    department {\n      id\n      name\n    }\n  }\n": typeof types.LeaderboardEntryFieldsFragmentDoc,
    "\n  query LeaderboardSettings {\n    leaderboardSettings {\n      staffVisibleTopN\n    }\n  }\n": typeof types.LeaderboardSettingsDocument,
    "\n  query Leaderboard($input: LeaderboardInput!) {\n    leaderboard(input: $input) {\n      subject\n      period\n      scope\n      periodKey\n      totalRanked\n      visibleTopN\n      entries {\n        ...LeaderboardEntryFields\n      }\n      me {\n        ...LeaderboardEntryFields\n      }\n    }\n  }\n": typeof types.LeaderboardDocument,
    "\n  query MyLeaderboardVisibility {\n    myLeaderboardVisibility {\n      hidden\n    }\n  }\n": typeof types.MyLeaderboardVisibilityDocument,
    "\n  mutation SetLeaderboardVisibility($hidden: Boolean!) {\n    setLeaderboardVisibility(hidden: $hidden) {\n      hidden\n    }\n  }\n": typeof types.SetLeaderboardVisibilityDocument,
    "\n  mutation UpdateLeaderboardSettings($input: LeaderboardSettingsInput!) {\n    updateLeaderboardSettings(input: $input) {\n      staffVisibleTopN\n    }\n  }\n": typeof types.UpdateLeaderboardSettingsDocument,
    "\n  mutation CreateMember($input: CreateMemberInput!) {\n    createMember(input: $input) {\n      member {\n        ...MemberListFields\n      }\n      temporaryPassword\n    }\n  }\n": typeof types.CreateMemberDocument,
    "\n  mutation DeactivateMember($id: ID!) {\n    deactivateMember(id: $id) {\n      id\n      active\n    }\n  }\n": typeof types.DeactivateMemberDocument,
    "\n  mutation ImportMembers($fileBase64: String!, $dryRun: Boolean!) {\n    importMembers(fileBase64: $fileBase64, dryRun: $dryRun) {\n      ok\n      dryRun\n      totalRows\n      created\n      updated\n      createdDepartments\n      createdTeams\n      detectedEncoding\n      errors {\n        row\n        column\n        code\n        message\n      }\n    }\n  }\n": typeof types.ImportMembersDocument,
    "\n  query MemberFormOptions {\n    departments {\n      id\n      name\n      parentId\n    }\n    teams {\n      id\n      name\n      departmentId\n    }\n  }\n": typeof types.MemberFormOptionsDocument,
    "\n  fragment MemberListFields on Member {\n    id\n    email\n    displayName\n    nameReading\n    employeeNumber\n    departmentId\n    department {\n      id\n      name\n      parent {\n        id\n        name\n      }\n    }\n    teams {\n      id\n      name\n    }\n    roles\n    active\n    joinedOn\n    locale\n  }\n": typeof types.MemberListFieldsFragmentDoc,
    "\n  query Members($filter: MemberFilter, $first: Int!, $after: String) {\n    members(filter: $filter, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...MemberListFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": typeof types.MembersDocument,
    "\n  mutation ReactivateMember($id: ID!) {\n    reactivateMember(id: $id) {\n      id\n      active\n    }\n  }\n": typeof types.ReactivateMemberDocument,
    "\n  mutation ResetMemberPassword($id: ID!) {\n    resetMemberPassword(id: $id)\n  }\n": typeof types.ResetMemberPasswordDocument,
    "\n  mutation UpdateMember($id: ID!, $input: UpdateMemberInput!) {\n    updateMember(id: $id, input: $input) {\n      ...MemberListFields\n    }\n  }\n": typeof types.UpdateMemberDocument,
    "\n  query OrganizationSettings {\n    organization {\n      id\n      slug\n      name\n      timeZone\n      fiscalYearStartMonth\n      locale\n    }\n  }\n": typeof types.OrganizationSettingsDocument,
    "\n  mutation UpdateOrganization($input: UpdateOrganizationInput!) {\n    updateOrganization(input: $input) {\n      id\n      slug\n      name\n      timeZone\n      fiscalYearStartMonth\n      locale\n    }\n  }\n": typeof types.UpdateOrganizationDocument,
    "\n  query LevelThresholds {\n    levelThresholds {\n      key\n      name\n      minPoints\n    }\n  }\n": typeof types.LevelThresholdsDocument,
    "\n  query MyPointsSummary {\n    myPoints {\n      totals {\n        kind\n        key\n        label\n        points\n      }\n      level {\n        key\n        name\n        minPoints\n        nextName\n        pointsToNext\n        progress\n      }\n    }\n  }\n": typeof types.MyPointsSummaryDocument,
    "\n  fragment PointHistoryEntryFields on PointHistoryEntry {\n    id\n    points\n    kind\n    category\n    description\n    occurredAt\n    sourceType\n    sourceId\n    reversesEntryId\n    reason\n    ruleVersion\n  }\n": typeof types.PointHistoryEntryFieldsFragmentDoc,
    "\n  query PointHistory($first: Int!, $after: String) {\n    myPoints {\n      history(first: $first, after: $after) {\n        edges {\n          cursor\n          node {\n            ...PointHistoryEntryFields\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": typeof types.PointHistoryDocument,
    "\n  fragment PointRuleSetFields on PointRuleSetModel {\n    version\n    rules {\n      kind\n      label\n      category\n      points\n      dailyCap\n    }\n  }\n": typeof types.PointRuleSetFieldsFragmentDoc,
    "\n  query PointRules {\n    pointRules {\n      ...PointRuleSetFields\n    }\n  }\n": typeof types.PointRulesDocument,
    "\n  mutation UpdateLevelThresholds($minPoints: [Int!]!) {\n    updateLevelThresholds(minPoints: $minPoints) {\n      key\n      name\n      minPoints\n    }\n  }\n": typeof types.UpdateLevelThresholdsDocument,
    "\n  mutation UpdatePointRules($input: [PointRuleInput!]!) {\n    updatePointRules(input: $input) {\n      ...PointRuleSetFields\n    }\n  }\n": typeof types.UpdatePointRulesDocument,
    "\n  mutation CommentOnFeedItem($itemId: ID!, $body: String!) {\n    commentOnFeedItem(itemId: $itemId, body: $body) {\n      id\n      body\n      createdAt\n      author {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.CommentOnFeedItemDocument,
    "\n  mutation CreateRecognitionValue($label: String!, $labelEn: String) {\n    createRecognitionValue(label: $label, labelEn: $labelEn) {\n      id\n      label\n      labelEn\n      position\n      archived\n    }\n  }\n": typeof types.CreateRecognitionValueDocument,
    "\n  subscription FeedItemAdded {\n    feedItemAdded {\n      ...FeedItemFields\n    }\n  }\n": typeof types.FeedItemAddedDocument,
    "\n  query FeedItemComments($id: ID!, $last: Int!) {\n    feedItem(id: $id) {\n      id\n      commentCount\n      comments(last: $last) {\n        id\n        body\n        createdAt\n        author {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": typeof types.FeedItemCommentsDocument,
    "\n  fragment FeedItemFields on FeedItem {\n    id\n    type\n    createdAt\n    actor {\n      ...FeedMemberFields\n    }\n    subject {\n      ...FeedMemberFields\n    }\n    kudos {\n      id\n      message\n      valueLabel\n      valueLabelEn\n      points\n    }\n    badge {\n      code\n      name\n      nameEn\n      tier\n      points\n    }\n    story {\n      id\n      title\n    }\n    challenge {\n      id\n      title\n      winners {\n        unitType\n        unitId\n        name\n      }\n    }\n    templateMilestone {\n      templateId\n      title\n      reuses\n    }\n    reactions {\n      emoji\n      count\n      reactedByMe\n    }\n    commentCount\n    comments(last: 3) {\n      id\n      body\n      createdAt\n      author {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.FeedItemFieldsFragmentDoc,
    "\n  fragment FeedMemberFields on Member {\n    id\n    displayName\n    departmentId\n  }\n": typeof types.FeedMemberFieldsFragmentDoc,
    "\n  query Feed($filter: FeedFilter!, $first: Int!, $after: String) {\n    feed(filter: $filter, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...FeedItemFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.FeedDocument,
    "\n  mutation GiveKudos($input: GiveKudosInput!) {\n    giveKudos(input: $input) {\n      id\n      points\n      receiver {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.GiveKudosDocument,
    "\n  query KudosReceiverOptions($search: String, $first: Int!) {\n    members(filter: { search: $search }, first: $first) {\n      edges {\n        node {\n          id\n          displayName\n          nameReading\n          department {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.KudosReceiverOptionsDocument,
    "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n": typeof types.MarkAllNotificationsReadDocument,
    "\n  mutation MarkNotificationRead($id: ID!) {\n    markNotificationRead(id: $id) {\n      id\n      read\n    }\n  }\n": typeof types.MarkNotificationReadDocument,
    "\n  query MyKudosBudget {\n    myKudosBudget {\n      budget\n      used\n      remaining\n    }\n  }\n": typeof types.MyKudosBudgetDocument,
    "\n  subscription NotificationAdded {\n    notificationAdded {\n      ...NotificationFields\n    }\n  }\n": typeof types.NotificationAddedDocument,
    "\n  fragment NotificationFields on Notification {\n    id\n    type\n    createdAt\n    read\n    actor {\n      id\n      displayName\n    }\n    kudos {\n      id\n      message\n      valueLabel\n      valueLabelEn\n      points\n    }\n    badge {\n      code\n      name\n      nameEn\n      tier\n      points\n    }\n    story {\n      id\n      title\n      comment\n    }\n    challenge {\n      id\n      title\n      winners {\n        unitType\n        unitId\n        name\n      }\n    }\n    templateMilestone {\n      templateId\n      title\n      reuses\n    }\n    appeal {\n      appealId\n      outcome\n      points\n    }\n  }\n": typeof types.NotificationFieldsFragmentDoc,
    "\n  query Notifications($first: Int!, $after: String) {\n    notifications(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...NotificationFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.NotificationsDocument,
    "\n  mutation ReactToFeedItem($itemId: ID!, $emoji: String!) {\n    reactToFeedItem(itemId: $itemId, emoji: $emoji) {\n      id\n      reactions {\n        emoji\n        count\n        reactedByMe\n      }\n    }\n  }\n": typeof types.ReactToFeedItemDocument,
    "\n  query RecognitionAdminSettings {\n    recognitionValues(includeArchived: true) {\n      id\n      label\n      labelEn\n      position\n      archived\n    }\n    recognitionSettings {\n      monthlyKudosBudget\n    }\n  }\n": typeof types.RecognitionAdminSettingsDocument,
    "\n  query RecognitionValues {\n    recognitionValues {\n      id\n      label\n      labelEn\n      position\n    }\n  }\n": typeof types.RecognitionValuesDocument,
    "\n  mutation RenameRecognitionValue($id: ID!, $label: String!, $labelEn: String) {\n    renameRecognitionValue(id: $id, label: $label, labelEn: $labelEn) {\n      id\n      label\n      labelEn\n      position\n      archived\n    }\n  }\n": typeof types.RenameRecognitionValueDocument,
    "\n  mutation ReorderRecognitionValues($ids: [ID!]!) {\n    reorderRecognitionValues(ids: $ids) {\n      id\n      position\n    }\n  }\n": typeof types.ReorderRecognitionValuesDocument,
    "\n  mutation ReverseKudos($id: ID!, $reason: String!) {\n    reverseKudos(id: $id, reason: $reason) {\n      id\n      reversedAt\n    }\n  }\n": typeof types.ReverseKudosDocument,
    "\n  mutation SetRecognitionValueArchived($id: ID!, $archived: Boolean!) {\n    setRecognitionValueArchived(id: $id, archived: $archived) {\n      id\n      archived\n    }\n  }\n": typeof types.SetRecognitionValueArchivedDocument,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": typeof types.UnreadNotificationCountDocument,
    "\n  mutation UpdateRecognitionSettings($monthlyKudosBudget: Int!) {\n    updateRecognitionSettings(monthlyKudosBudget: $monthlyKudosBudget) {\n      monthlyKudosBudget\n    }\n  }\n": typeof types.UpdateRecognitionSettingsDocument,
    "\n  query Search(\n    $query: String!\n    $types: [SearchDocType!]\n    $tag: String\n    $departmentId: ID\n    $first: Int!\n    $after: String\n  ) {\n    search(\n      query: $query\n      types: $types\n      tag: $tag\n      departmentId: $departmentId\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      hits {\n        type\n        id\n        title\n        titleHighlights {\n          start\n          end\n        }\n        snippet {\n          text\n          highlights {\n            start\n            end\n          }\n        }\n        tags\n        score\n        popularity\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.SearchDocument,
    "\n  mutation ApproveSuccessStory($id: ID!, $comment: String) {\n    approveSuccessStory(id: $id, comment: $comment) {\n      ...StoryDetailFields\n    }\n  }\n": typeof types.ApproveSuccessStoryDocument,
    "\n  mutation CreateSuccessStory($input: SuccessStoryInput!) {\n    createSuccessStory(input: $input) {\n      ...StoryDetailFields\n    }\n  }\n": typeof types.CreateSuccessStoryDocument,
    "\n  query MyHoursSaved {\n    me {\n      id\n      hoursSavedPerMonth\n    }\n  }\n": typeof types.MyHoursSavedDocument,
    "\n  mutation ReturnSuccessStory($id: ID!, $comment: String!) {\n    returnSuccessStory(id: $id, comment: $comment) {\n      ...StoryDetailFields\n    }\n  }\n": typeof types.ReturnSuccessStoryDocument,
    "\n  fragment StoryCardFields on SuccessStory {\n    id\n    title\n    improved\n    status\n    hoursSavedPerMonth\n    submittedAt\n    approvedAt\n    updatedAt\n    author {\n      id\n      displayName\n      department {\n        id\n        name\n      }\n    }\n    templates {\n      id\n      title\n    }\n  }\n": typeof types.StoryCardFieldsFragmentDoc,
    "\n  fragment StoryDetailFields on SuccessStory {\n    ...StoryCardFields\n    howMarkdown\n    minutesBefore\n    minutesAfter\n    occurrencesPerMonth\n    qualityNote\n    reviewComment\n    reviewedAt\n    createdAt\n    canEdit\n    canReview\n    reviewer {\n      id\n      displayName\n    }\n  }\n": typeof types.StoryDetailFieldsFragmentDoc,
    "\n  mutation SubmitSuccessStory($id: ID!, $confirmFlags: Boolean! = false) {\n    submitSuccessStory(id: $id, confirmFlags: $confirmFlags) {\n      ...StoryDetailFields\n    }\n  }\n": typeof types.SubmitSuccessStoryDocument,
    "\n  query SuccessStories($filter: SuccessStoryFilter, $first: Int!, $after: String) {\n    successStories(filter: $filter, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...StoryCardFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.SuccessStoriesDocument,
    "\n  query SuccessStory($id: ID!) {\n    successStory(id: $id) {\n      ...StoryDetailFields\n    }\n  }\n": typeof types.SuccessStoryDocument,
    "\n  mutation UpdateSuccessStory($id: ID!, $input: SuccessStoryInput!) {\n    updateSuccessStory(id: $id, input: $input) {\n      ...StoryDetailFields\n    }\n  }\n": typeof types.UpdateSuccessStoryDocument,
    "\n  mutation WithdrawSuccessStory($id: ID!) {\n    withdrawSuccessStory(id: $id) {\n      ...StoryDetailFields\n    }\n  }\n": typeof types.WithdrawSuccessStoryDocument,
    "\n  mutation CreateDepartment($input: DepartmentInput!) {\n    createDepartment(input: $input) {\n      id\n      name\n      parentId\n      memberCount\n    }\n  }\n": typeof types.CreateDepartmentDocument,
    "\n  mutation CreateTeam($input: TeamInput!) {\n    createTeam(input: $input) {\n      id\n      name\n      departmentId\n      memberCount\n    }\n  }\n": typeof types.CreateTeamDocument,
    "\n  mutation DeleteDepartment($id: ID!) {\n    deleteDepartment(id: $id)\n  }\n": typeof types.DeleteDepartmentDocument,
    "\n  mutation DeleteTeam($id: ID!) {\n    deleteTeam(id: $id)\n  }\n": typeof types.DeleteTeamDocument,
    "\n  query Structure {\n    departments {\n      id\n      name\n      parentId\n      memberCount\n      children {\n        id\n        name\n        parentId\n        memberCount\n      }\n    }\n    teams {\n      id\n      name\n      departmentId\n      memberCount\n    }\n  }\n": typeof types.StructureDocument,
    "\n  mutation UpdateDepartment($id: ID!, $input: DepartmentInput!) {\n    updateDepartment(id: $id, input: $input) {\n      id\n      name\n      parentId\n      memberCount\n    }\n  }\n": typeof types.UpdateDepartmentDocument,
    "\n  mutation UpdateTeam($id: ID!, $input: TeamInput!) {\n    updateTeam(id: $id, input: $input) {\n      id\n      name\n      departmentId\n      memberCount\n    }\n  }\n": typeof types.UpdateTeamDocument,
    "\n  mutation ArchiveTemplate($id: ID!) {\n    archiveTemplate(id: $id) {\n      ...TemplateDetailFields\n    }\n  }\n": typeof types.ArchiveTemplateDocument,
    "\n  mutation CreateTemplateCategory($name: String!) {\n    createTemplateCategory(name: $name) {\n      id\n      name\n      sortOrder\n    }\n  }\n": typeof types.CreateTemplateCategoryDocument,
    "\n  mutation CreateTemplate($input: CreateTemplateInput!) {\n    createTemplate(input: $input) {\n      ...TemplateDetailFields\n    }\n  }\n": typeof types.CreateTemplateDocument,
    "\n  mutation DeleteTemplateCategory($id: ID!) {\n    deleteTemplateCategory(id: $id)\n  }\n": typeof types.DeleteTemplateCategoryDocument,
    "\n  mutation ForkTemplate($id: ID!, $idempotencyKey: String!) {\n    forkTemplate(id: $id, idempotencyKey: $idempotencyKey) {\n      ...TemplateDetailFields\n    }\n  }\n": typeof types.ForkTemplateDocument,
    "\n  mutation PublishTemplate($id: ID!, $confirmFlags: Boolean! = false) {\n    publishTemplate(id: $id, confirmFlags: $confirmFlags) {\n      ...TemplateDetailFields\n    }\n  }\n": typeof types.PublishTemplateDocument,
    "\n  mutation RecordTemplateReuse(\n    $templateId: ID!\n    $idempotencyKey: String!\n    $values: [PlaceholderValueInput!]\n  ) {\n    recordTemplateReuse(templateId: $templateId, idempotencyKey: $idempotencyKey, values: $values) {\n      counted\n      reuseCount\n      colleagueCount\n    }\n  }\n": typeof types.RecordTemplateReuseDocument,
    "\n  mutation RenameTemplateCategory($id: ID!, $name: String!) {\n    renameTemplateCategory(id: $id, name: $name) {\n      id\n      name\n      sortOrder\n    }\n  }\n": typeof types.RenameTemplateCategoryDocument,
    "\n  fragment TemplateCardFields on PromptTemplate {\n    id\n    title\n    description\n    kind\n    targetTool\n    status\n    reuseCount\n    colleagueCount\n    hoursSavedPerMonth\n    updatedAt\n    category {\n      id\n      name\n    }\n    author {\n      id\n      displayName\n    }\n  }\n": typeof types.TemplateCardFieldsFragmentDoc,
    "\n  query TemplateCategories {\n    templateCategories {\n      id\n      name\n      sortOrder\n    }\n  }\n": typeof types.TemplateCategoriesDocument,
    "\n  fragment TemplateDetailFields on PromptTemplate {\n    ...TemplateCardFields\n    body\n    canEdit\n    forkCount\n    createdAt\n    placeholders {\n      name\n      defaultValue\n      hint\n    }\n    author {\n      id\n      displayName\n      department {\n        id\n        name\n      }\n    }\n    forkedFrom {\n      id\n      title\n      author {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.TemplateDetailFieldsFragmentDoc,
    "\n  query TemplateOptionSearch($query: String!) {\n    search(query: $query, types: [TEMPLATE], first: 20) {\n      hits {\n        id\n        title\n      }\n    }\n  }\n": typeof types.TemplateOptionSearchDocument,
    "\n  query TemplateOptions($first: Int!) {\n    templates(orderBy: MOST_REUSED, first: $first) {\n      edges {\n        node {\n          id\n          title\n          category {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.TemplateOptionsDocument,
    "\n  query Template($id: ID!) {\n    template(id: $id) {\n      ...TemplateDetailFields\n    }\n  }\n": typeof types.TemplateDocument,
    "\n  query Templates(\n    $filter: TemplateFilter\n    $orderBy: TemplateOrderBy!\n    $first: Int!\n    $after: String\n  ) {\n    templates(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...TemplateCardFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.TemplatesDocument,
    "\n  mutation UpdateTemplate($id: ID!, $input: UpdateTemplateInput!, $confirmFlags: Boolean! = false) {\n    updateTemplate(id: $id, input: $input, confirmFlags: $confirmFlags) {\n      ...TemplateDetailFields\n    }\n  }\n": typeof types.UpdateTemplateDocument,
};
const documents: Documents = {
    "\n  query AdoptionAnalyticsCsv($input: AdoptionAnalyticsInput!, $chart: AdoptionChart!) {\n    adoptionAnalyticsCsv(input: $input, chart: $chart) {\n      filename\n      content\n    }\n  }\n": types.AdoptionAnalyticsCsvDocument,
    "\n  query AdoptionAnalytics($input: AdoptionAnalyticsInput!) {\n    adoptionAnalytics(input: $input) {\n      from\n      to\n      departmentIds\n      activeRate {\n        activeMembers\n        members\n        rate\n      }\n      departments {\n        departmentId\n        name\n        activeMembers\n        members\n        rate\n      }\n      weeklyTrend {\n        periodKey\n        firstDay\n        lastDay\n        activeMembers\n        members\n        rate\n      }\n      monthlyTrend {\n        periodKey\n        firstDay\n        lastDay\n        activeMembers\n        members\n        rate\n      }\n      contributionsByWeek {\n        week\n        firstDay\n        posts\n        templates\n        stories\n        reuses\n        reviews\n        kudos\n      }\n      hoursSavedByMonth {\n        month\n        hoursSaved\n        cumulativeHours\n      }\n      totalHoursSaved\n      topTemplatesByReuses {\n        ...AdoptionTopTemplateFields\n      }\n      topTemplatesByHoursSaved {\n        ...AdoptionTopTemplateFields\n      }\n      topContributors {\n        memberId\n        name\n        departmentId\n        points\n      }\n      deadContent {\n        ...AdoptionContentItemFields\n      }\n      deadContentCount\n      staleContent {\n        ...AdoptionContentItemFields\n      }\n      staleContentCount\n      departmentComparison {\n        departmentId\n        name\n        activeMembers\n        members\n        rate\n        posts\n        reuses\n        hoursSaved\n        points\n      }\n    }\n  }\n": types.AdoptionAnalyticsDocument,
    "\n  fragment AdoptionTopTemplateFields on AdoptionTopTemplate {\n    templateId\n    title\n    authorId\n    authorName\n    reuses\n    hoursSavedPerMonth\n    hoursSaved\n  }\n": types.AdoptionTopTemplateFieldsFragmentDoc,
    "\n  fragment AdoptionContentItemFields on AdoptionContentItem {\n    postId\n    title\n    ownerId\n    ownerName\n    departmentId\n    publishedAt\n    reviewBy\n    lastViewedOn\n  }\n": types.AdoptionContentItemFieldsFragmentDoc,
    "\n  fragment AppealFields on Appeal {\n    id\n    memberId\n    memberName\n    status\n    subjectType\n    entry {\n      id\n      kind\n      points\n      sourceType\n      sourceId\n      occurredAt\n      reversesEntryId\n      reason\n      reversed\n    }\n    issue\n    kind\n    sourceReference\n    occurredOn\n    reason\n    outcome\n    points\n    resolutionReason\n    resolvedAt\n    resultEntryId\n    createdAt\n    events {\n      id\n      action\n      actorName\n      outcome\n      points\n      reason\n      createdAt\n    }\n  }\n": types.AppealFieldsFragmentDoc,
    "\n  query Appeals($status: AppealStatus, $first: Int!, $after: String) {\n    appeals(status: $status, first: $first, after: $after) {\n      nodes {\n        ...AppealFields\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.AppealsDocument,
    "\n  query MyAppeals($first: Int!, $after: String) {\n    myAppeals(first: $first, after: $after) {\n      nodes {\n        ...AppealFields\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.MyAppealsDocument,
    "\n  mutation ResolveAppeal($input: ResolveAppealInput!) {\n    resolveAppeal(input: $input) {\n      ...AppealFields\n    }\n  }\n": types.ResolveAppealDocument,
    "\n  mutation SubmitAppeal($input: SubmitAppealInput!) {\n    submitAppeal(input: $input) {\n      ...AppealFields\n    }\n  }\n": types.SubmitAppealDocument,
    "\n  mutation WithdrawAppeal($id: ID!) {\n    withdrawAppeal(id: $id) {\n      ...AppealFields\n    }\n  }\n": types.WithdrawAppealDocument,
    "\n  query Ambassadors($departmentId: ID) {\n    ambassadors(departmentId: $departmentId) {\n      departmentId\n      departmentName\n      ambassadors {\n        member {\n          id\n          displayName\n          nameReading\n          teams {\n            id\n            name\n          }\n        }\n        specialities\n      }\n    }\n  }\n": types.AmbassadorsDocument,
    "\n  mutation AwardBadge($memberId: ID!, $badgeId: ID!, $reason: String!, $tier: BadgeTier) {\n    awardBadge(memberId: $memberId, badgeId: $badgeId, reason: $reason, tier: $tier) {\n      id\n      name\n      memberId\n    }\n  }\n": types.AwardBadgeDocument,
    "\n  query BadgeCatalog {\n    badges {\n      id\n      name\n      manualOnly\n      levels {\n        tier\n      }\n    }\n  }\n": types.BadgeCatalogDocument,
    "\n  query BadgeMetrics {\n    badgeMetrics {\n      key\n      label\n      periods\n      yesNo\n    }\n  }\n": types.BadgeMetricsDocument,
    "\n  fragment BadgeProgressFields on BadgeProgress {\n    badge {\n      id\n      name\n      description\n      metricLabel\n      manualOnly\n      levels {\n        tier\n        threshold\n        points\n      }\n    }\n    value\n    earned {\n      id\n      tier\n      name\n      points\n      reason\n      awardedAt\n    }\n    nextTier\n    nextThreshold\n    remaining\n    complete\n    message\n  }\n": types.BadgeProgressFieldsFragmentDoc,
    "\n  mutation CreateBadge($input: CreateBadgeInput!) {\n    createBadge(input: $input) {\n      id\n      name\n    }\n  }\n": types.CreateBadgeDocument,
    "\n  query CustomBadges {\n    badges {\n      id\n      name\n      description\n      custom\n      metric\n      metricLabel\n      period\n      levels {\n        threshold\n        points\n      }\n    }\n  }\n": types.CustomBadgesDocument,
    "\n  query MyBadges {\n    myBadges {\n      ...BadgeProgressFields\n    }\n  }\n": types.MyBadgesDocument,
    "\n  query MyOnboarding {\n    myOnboarding {\n      steps {\n        key\n        title\n        hint\n        done\n      }\n      doneCount\n      total\n      complete\n      badgeEarned\n    }\n  }\n": types.MyOnboardingDocument,
    "\n  query MySpecialities {\n    mySpecialities\n  }\n": types.MySpecialitiesDocument,
    "\n  mutation UpdateMySpecialities($tags: [String!]!) {\n    updateMySpecialities(tags: $tags)\n  }\n": types.UpdateMySpecialitiesDocument,
    "\n  mutation CancelChallenge($id: ID!) {\n    cancelChallenge(id: $id) {\n      id\n      status\n      canEdit\n      canCancel\n    }\n  }\n": types.CancelChallengeDocument,
    "\n  fragment ChallengeStandingFields on ChallengeStanding {\n    rank\n    value\n    total\n    headcount\n    progress\n    isMine\n    winner\n    team {\n      id\n      name\n    }\n    department {\n      id\n      name\n    }\n  }\n": types.ChallengeStandingFieldsFragmentDoc,
    "\n  fragment ChallengeSummaryFields on Challenge {\n    id\n    title\n    metric\n    target\n    unitType\n    scoring\n    startsAt\n    endsAt\n    status\n    winnerPoints\n  }\n": types.ChallengeSummaryFieldsFragmentDoc,
    "\n  query ChallengeUnitOptions {\n    departments {\n      id\n      name\n    }\n    teams {\n      id\n      name\n    }\n  }\n": types.ChallengeUnitOptionsDocument,
    "\n  query Challenge($id: ID!) {\n    challenge(id: $id) {\n      ...ChallengeSummaryFields\n      description\n      closedAt\n      canEdit\n      canCancel\n      standings {\n        ...ChallengeStandingFields\n      }\n    }\n  }\n": types.ChallengeDocument,
    "\n  query Challenges($status: ChallengeStatus!, $first: Int!, $after: String) {\n    challenges(status: $status, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...ChallengeSummaryFields\n          standings {\n            ...ChallengeStandingFields\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.ChallengesDocument,
    "\n  mutation CreateChallenge($input: ChallengeInput!) {\n    createChallenge(input: $input) {\n      ...ChallengeSummaryFields\n    }\n  }\n": types.CreateChallengeDocument,
    "\n  mutation UpdateChallenge($id: ID!, $input: ChallengeInput!) {\n    updateChallenge(id: $id, input: $input) {\n      ...ChallengeSummaryFields\n      description\n      canEdit\n      canCancel\n    }\n  }\n": types.UpdateChallengeDocument,
    "\n  fragment FairPlayMemberFields on Member {\n    id\n    displayName\n    department {\n      id\n      name\n    }\n  }\n": types.FairPlayMemberFieldsFragmentDoc,
    "\n  query FairPlayReport($input: FairPlayReportInput!) {\n    fairPlayReport(input: $input) {\n      from\n      to\n      kinds\n      norm {\n        pairs\n        members\n        median\n        mad\n        allowance\n        analysed\n      }\n      groups {\n        id\n        kind\n        members {\n          ...FairPlayMemberFields\n        }\n        edges {\n          actor {\n            ...FairPlayMemberFields\n          }\n          earner {\n            ...FairPlayMemberFields\n          }\n          count\n          points\n          share\n          heavy\n          excessCount\n          excessPoints\n          byKind {\n            kind\n            count\n            points\n          }\n        }\n        totalCount\n        totalPoints\n        excessCount\n        excessPoints\n        reversedPoints\n        pendingPoints\n        alreadyReversed\n        reversals {\n          id\n          reason\n          entriesReversed\n          pointsReversed\n          createdAt\n          reversedBy {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n": types.FairPlayReportDocument,
    "\n  mutation ReverseFairPlayExcess($input: ReverseFairPlayExcessInput!) {\n    reverseFairPlayExcess(input: $input) {\n      id\n      groupId\n      entriesReversed\n      pointsReversed\n    }\n  }\n": types.ReverseFairPlayExcessDocument,
    "\n  mutation AcknowledgeGuideline($version: Int!) {\n    acknowledgeGuideline(version: $version) {\n      ...GuidelineFields\n    }\n  }\n": types.AcknowledgeGuidelineDocument,
    "\n  mutation AddBannedTerm($term: String!) {\n    addBannedTerm(term: $term) {\n      id\n      term\n      createdAt\n    }\n  }\n": types.AddBannedTermDocument,
    "\n  query BannedTerms {\n    bannedTerms {\n      id\n      term\n      createdAt\n    }\n  }\n": types.BannedTermsDocument,
    "\n  query GuidelineCheckContent($text: String!) {\n    checkContent(text: $text) {\n      kind\n      start\n      end\n      match\n      message\n    }\n  }\n": types.GuidelineCheckContentDocument,
    "\n  fragment GuidelineFields on Guideline {\n    version\n    recommendedUses\n    neverInput\n    finalCheck\n    publishedAt\n    needsAcknowledgement\n  }\n": types.GuidelineFieldsFragmentDoc,
    "\n  query Guideline {\n    guideline {\n      ...GuidelineFields\n    }\n  }\n": types.GuidelineDocument,
    "\n  mutation PublishGuideline($input: GuidelineInput!) {\n    publishGuideline(input: $input) {\n      ...GuidelineFields\n    }\n  }\n": types.PublishGuidelineDocument,
    "\n  mutation RemoveBannedTerm($id: ID!) {\n    removeBannedTerm(id: $id)\n  }\n": types.RemoveBannedTermDocument,
    "\n  fragment ContributionExportFields on ContributionExport {\n    token\n    downloadUrl\n    fileName\n    contentType\n    byteSize\n    sha256\n    rowCount\n    expiresAt\n    unrepresentable {\n      row\n      column\n      char\n    }\n    unrepresentableCount\n  }\n": types.ContributionExportFieldsFragmentDoc,
    "\n  mutation CreateEvaluationPeriod($input: CreateEvaluationPeriodInput!) {\n    createEvaluationPeriod(input: $input) {\n      ...EvaluationPeriodFields\n    }\n  }\n": types.CreateEvaluationPeriodDocument,
    "\n  fragment EvaluationPeriodFields on EvaluationPeriod {\n    id\n    name\n    firstDay\n    lastDay\n    kind\n    presetKey\n    status\n    lockedAt\n    createdAt\n  }\n": types.EvaluationPeriodFieldsFragmentDoc,
    "\n  query EvaluationPeriods {\n    evaluationPeriods {\n      periods {\n        ...EvaluationPeriodFields\n      }\n      availablePresets {\n        key\n        name\n        firstDay\n        lastDay\n      }\n    }\n  }\n": types.EvaluationPeriodsDocument,
    "\n  query ExportAuditLog($first: Int!, $after: String) {\n    exportAuditLog(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          actorName\n          actorKind\n          scope\n          periodName\n          filtersJson\n          format\n          rowCount\n          sha256\n          outcome\n          reason\n          createdAt\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.ExportAuditLogDocument,
    "\n  mutation ExportContributions($input: ExportContributionsInput!) {\n    exportContributions(input: $input) {\n      ...ContributionExportFields\n    }\n  }\n": types.ExportContributionsDocument,
    "\n  mutation ExportMyContributionReport($periodId: ID!, $format: String!) {\n    exportMyContributionReport(periodId: $periodId, format: $format) {\n      ...ContributionExportFields\n    }\n  }\n": types.ExportMyContributionReportDocument,
    "\n  query HrExportSettings {\n    hrExportSettings {\n      managersMayExport\n    }\n  }\n": types.HrExportSettingsDocument,
    "\n  mutation LockEvaluationPeriod($id: ID!) {\n    lockEvaluationPeriod(id: $id) {\n      ...EvaluationPeriodFields\n    }\n  }\n": types.LockEvaluationPeriodDocument,
    "\n  query MyContributionReport($periodId: ID!) {\n    myContributionReport(periodId: $periodId) {\n      period {\n        ...EvaluationPeriodFields\n      }\n      row {\n        memberId\n        employeeNumber\n        name\n        department\n        teams\n        totalPoints\n        categoryPoints {\n          category\n          label\n          points\n        }\n        postsPublished\n        viewsReceived\n        reusesReceived\n        storiesApproved\n        kudosGiven\n        kudosReceived\n        hoursSaved\n        badgesEarned\n        departmentRank\n        departmentPercentile\n        companyRank\n        companyPercentile\n        score\n        evidence {\n          sourceType\n          sourceId\n          title\n          link\n          points\n        }\n      }\n    }\n  }\n": types.MyContributionReportDocument,
    "\n  mutation UpdateHrExportSettings($managersMayExport: Boolean!) {\n    updateHrExportSettings(managersMayExport: $managersMayExport) {\n      managersMayExport\n    }\n  }\n": types.UpdateHrExportSettingsDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": types.ChangePasswordDocument,
    "\n  fragment CurrentMemberFields on Member {\n    id\n    email\n    displayName\n    nameReading\n    employeeNumber\n    department {\n      id\n      name\n      parent {\n        id\n        name\n      }\n    }\n    teams {\n      id\n      name\n    }\n    roles\n    active\n    joinedOn\n    locale\n    organization {\n      id\n      name\n      locale\n    }\n  }\n": types.CurrentMemberFieldsFragmentDoc,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      ...CurrentMemberFields\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  query Me {\n    me {\n      ...CurrentMemberFields\n    }\n  }\n": types.MeDocument,
    "\n  mutation UpdateMyPreferences($input: UpdateMyPreferencesInput!) {\n    updateMyPreferences(input: $input) {\n      id\n      locale\n    }\n  }\n": types.UpdateMyPreferencesDocument,
    "\n  mutation AddKnowledgeComment($postId: ID!, $body: String!) {\n    addKnowledgeComment(postId: $postId, body: $body) {\n      ...KnowledgeCommentFields\n    }\n  }\n": types.AddKnowledgeCommentDocument,
    "\n  mutation ArchiveKnowledgePost($id: ID!) {\n    archiveKnowledgePost(id: $id) {\n      ...KnowledgePostDetailFields\n    }\n  }\n": types.ArchiveKnowledgePostDocument,
    "\n  mutation ConfirmKnowledgeReview($id: ID!, $idempotencyKey: String!) {\n    confirmKnowledgeReview(id: $id, idempotencyKey: $idempotencyKey) {\n      ...KnowledgePostDetailFields\n    }\n  }\n": types.ConfirmKnowledgeReviewDocument,
    "\n  mutation CreateKnowledgePost($input: CreateKnowledgePostInput!) {\n    createKnowledgePost(input: $input) {\n      ...KnowledgePostDetailFields\n    }\n  }\n": types.CreateKnowledgePostDocument,
    "\n  mutation DeleteKnowledgeComment($id: ID!) {\n    deleteKnowledgeComment(id: $id) {\n      id\n      commentCount\n    }\n  }\n": types.DeleteKnowledgeCommentDocument,
    "\n  fragment KnowledgeCommentFields on KnowledgeComment {\n    id\n    postId\n    body\n    createdAt\n    canDelete\n    author {\n      id\n      displayName\n    }\n  }\n": types.KnowledgeCommentFieldsFragmentDoc,
    "\n  query KnowledgeComments($id: ID!, $first: Int!, $after: String) {\n    knowledgePost(id: $id) {\n      id\n      commentCount\n      comments(first: $first, after: $after) {\n        edges {\n          cursor\n          node {\n            ...KnowledgeCommentFields\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": types.KnowledgeCommentsDocument,
    "\n  query KnowledgeDepartments {\n    departments {\n      id\n      name\n      parentId\n    }\n  }\n": types.KnowledgeDepartmentsDocument,
    "\n  query KnowledgeOwnerCandidates($search: String, $first: Int!) {\n    members(filter: { search: $search }, first: $first) {\n      edges {\n        node {\n          id\n          displayName\n          nameReading\n          department {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.KnowledgeOwnerCandidatesDocument,
    "\n  fragment KnowledgePostCardFields on KnowledgePost {\n    id\n    title\n    status\n    tags\n    needsReview\n    viewCount\n    likeCount\n    commentCount\n    updatedAt\n    publishedAt\n    reviewBy\n    author {\n      id\n      displayName\n    }\n    department {\n      id\n      name\n    }\n  }\n": types.KnowledgePostCardFieldsFragmentDoc,
    "\n  fragment KnowledgePostDetailFields on KnowledgePost {\n    id\n    title\n    bodyMarkdown\n    status\n    tags\n    needsReview\n    reviewBy\n    lastReviewedAt\n    viewCount\n    likeCount\n    likedByMe\n    commentCount\n    revisionCount\n    canEdit\n    createdAt\n    updatedAt\n    publishedAt\n    author {\n      id\n      displayName\n      active\n    }\n    owner {\n      id\n      displayName\n      active\n    }\n    department {\n      id\n      name\n      parent {\n        id\n        name\n      }\n    }\n  }\n": types.KnowledgePostDetailFieldsFragmentDoc,
    "\n  query KnowledgePostRevisions($postId: ID!, $first: Int!, $after: String) {\n    knowledgePostRevisions(postId: $postId, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          postId\n          title\n          bodyMarkdown\n          tags\n          changedFields\n          createdAt\n          editor {\n            id\n            displayName\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.KnowledgePostRevisionsDocument,
    "\n  query KnowledgePost($id: ID!) {\n    knowledgePost(id: $id) {\n      ...KnowledgePostDetailFields\n    }\n  }\n": types.KnowledgePostDocument,
    "\n  query KnowledgePosts($filter: KnowledgePostFilter, $first: Int!, $after: String) {\n    knowledgePosts(filter: $filter, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...KnowledgePostCardFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.KnowledgePostsDocument,
    "\n  query KnowledgeTags {\n    knowledgeTags {\n      tag\n      count\n    }\n  }\n": types.KnowledgeTagsDocument,
    "\n  mutation LikeKnowledgePost($id: ID!, $idempotencyKey: String!) {\n    likeKnowledgePost(id: $id, idempotencyKey: $idempotencyKey) {\n      id\n      likeCount\n      likedByMe\n    }\n  }\n": types.LikeKnowledgePostDocument,
    "\n  mutation PublishKnowledgePost($id: ID!, $confirmFlags: Boolean! = false) {\n    publishKnowledgePost(id: $id, confirmFlags: $confirmFlags) {\n      ...KnowledgePostDetailFields\n    }\n  }\n": types.PublishKnowledgePostDocument,
    "\n  mutation RecordKnowledgeView($postId: ID!, $idempotencyKey: String!) {\n    recordView(postId: $postId, idempotencyKey: $idempotencyKey) {\n      counted\n      viewCount\n    }\n  }\n": types.RecordKnowledgeViewDocument,
    "\n  mutation TransferKnowledgePostOwner($id: ID!, $ownerId: ID!) {\n    transferKnowledgePostOwner(id: $id, ownerId: $ownerId) {\n      ...KnowledgePostDetailFields\n    }\n  }\n": types.TransferKnowledgePostOwnerDocument,
    "\n  mutation UnlikeKnowledgePost($id: ID!) {\n    unlikeKnowledgePost(id: $id) {\n      id\n      likeCount\n      likedByMe\n    }\n  }\n": types.UnlikeKnowledgePostDocument,
    "\n  mutation UnpublishKnowledgePost($id: ID!) {\n    unpublishKnowledgePost(id: $id) {\n      ...KnowledgePostDetailFields\n    }\n  }\n": types.UnpublishKnowledgePostDocument,
    "\n  mutation UpdateKnowledgePost(\n    $id: ID!\n    $input: UpdateKnowledgePostInput!\n    $confirmFlags: Boolean! = false\n  ) {\n    updateKnowledgePost(id: $id, input: $input, confirmFlags: $confirmFlags) {\n      ...KnowledgePostDetailFields\n    }\n  }\n": types.UpdateKnowledgePostDocument,
    "\n  mutation UploadKnowledgeImage($fileBase64: String!, $fileName: String!) {\n    uploadImage(fileBase64: $fileBase64, fileName: $fileName) {\n      id\n      url\n      contentType\n      byteSize\n    }\n  }\n": types.UploadKnowledgeImageDocument,
    "\n  fragment LeaderboardEntryFields on LeaderboardEntry {\n    rank\n    points\n    isMe\n    member {\n      id\n      displayName\n      department {\n        id\n        name\n      }\n    }\n    team {\n      id\n      name\n    }\n    department {\n      id\n      name\n    }\n  }\n": types.LeaderboardEntryFieldsFragmentDoc,
    "\n  query LeaderboardSettings {\n    leaderboardSettings {\n      staffVisibleTopN\n    }\n  }\n": types.LeaderboardSettingsDocument,
    "\n  query Leaderboard($input: LeaderboardInput!) {\n    leaderboard(input: $input) {\n      subject\n      period\n      scope\n      periodKey\n      totalRanked\n      visibleTopN\n      entries {\n        ...LeaderboardEntryFields\n      }\n      me {\n        ...LeaderboardEntryFields\n      }\n    }\n  }\n": types.LeaderboardDocument,
    "\n  query MyLeaderboardVisibility {\n    myLeaderboardVisibility {\n      hidden\n    }\n  }\n": types.MyLeaderboardVisibilityDocument,
    "\n  mutation SetLeaderboardVisibility($hidden: Boolean!) {\n    setLeaderboardVisibility(hidden: $hidden) {\n      hidden\n    }\n  }\n": types.SetLeaderboardVisibilityDocument,
    "\n  mutation UpdateLeaderboardSettings($input: LeaderboardSettingsInput!) {\n    updateLeaderboardSettings(input: $input) {\n      staffVisibleTopN\n    }\n  }\n": types.UpdateLeaderboardSettingsDocument,
    "\n  mutation CreateMember($input: CreateMemberInput!) {\n    createMember(input: $input) {\n      member {\n        ...MemberListFields\n      }\n      temporaryPassword\n    }\n  }\n": types.CreateMemberDocument,
    "\n  mutation DeactivateMember($id: ID!) {\n    deactivateMember(id: $id) {\n      id\n      active\n    }\n  }\n": types.DeactivateMemberDocument,
    "\n  mutation ImportMembers($fileBase64: String!, $dryRun: Boolean!) {\n    importMembers(fileBase64: $fileBase64, dryRun: $dryRun) {\n      ok\n      dryRun\n      totalRows\n      created\n      updated\n      createdDepartments\n      createdTeams\n      detectedEncoding\n      errors {\n        row\n        column\n        code\n        message\n      }\n    }\n  }\n": types.ImportMembersDocument,
    "\n  query MemberFormOptions {\n    departments {\n      id\n      name\n      parentId\n    }\n    teams {\n      id\n      name\n      departmentId\n    }\n  }\n": types.MemberFormOptionsDocument,
    "\n  fragment MemberListFields on Member {\n    id\n    email\n    displayName\n    nameReading\n    employeeNumber\n    departmentId\n    department {\n      id\n      name\n      parent {\n        id\n        name\n      }\n    }\n    teams {\n      id\n      name\n    }\n    roles\n    active\n    joinedOn\n    locale\n  }\n": types.MemberListFieldsFragmentDoc,
    "\n  query Members($filter: MemberFilter, $first: Int!, $after: String) {\n    members(filter: $filter, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...MemberListFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": types.MembersDocument,
    "\n  mutation ReactivateMember($id: ID!) {\n    reactivateMember(id: $id) {\n      id\n      active\n    }\n  }\n": types.ReactivateMemberDocument,
    "\n  mutation ResetMemberPassword($id: ID!) {\n    resetMemberPassword(id: $id)\n  }\n": types.ResetMemberPasswordDocument,
    "\n  mutation UpdateMember($id: ID!, $input: UpdateMemberInput!) {\n    updateMember(id: $id, input: $input) {\n      ...MemberListFields\n    }\n  }\n": types.UpdateMemberDocument,
    "\n  query OrganizationSettings {\n    organization {\n      id\n      slug\n      name\n      timeZone\n      fiscalYearStartMonth\n      locale\n    }\n  }\n": types.OrganizationSettingsDocument,
    "\n  mutation UpdateOrganization($input: UpdateOrganizationInput!) {\n    updateOrganization(input: $input) {\n      id\n      slug\n      name\n      timeZone\n      fiscalYearStartMonth\n      locale\n    }\n  }\n": types.UpdateOrganizationDocument,
    "\n  query LevelThresholds {\n    levelThresholds {\n      key\n      name\n      minPoints\n    }\n  }\n": types.LevelThresholdsDocument,
    "\n  query MyPointsSummary {\n    myPoints {\n      totals {\n        kind\n        key\n        label\n        points\n      }\n      level {\n        key\n        name\n        minPoints\n        nextName\n        pointsToNext\n        progress\n      }\n    }\n  }\n": types.MyPointsSummaryDocument,
    "\n  fragment PointHistoryEntryFields on PointHistoryEntry {\n    id\n    points\n    kind\n    category\n    description\n    occurredAt\n    sourceType\n    sourceId\n    reversesEntryId\n    reason\n    ruleVersion\n  }\n": types.PointHistoryEntryFieldsFragmentDoc,
    "\n  query PointHistory($first: Int!, $after: String) {\n    myPoints {\n      history(first: $first, after: $after) {\n        edges {\n          cursor\n          node {\n            ...PointHistoryEntryFields\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": types.PointHistoryDocument,
    "\n  fragment PointRuleSetFields on PointRuleSetModel {\n    version\n    rules {\n      kind\n      label\n      category\n      points\n      dailyCap\n    }\n  }\n": types.PointRuleSetFieldsFragmentDoc,
    "\n  query PointRules {\n    pointRules {\n      ...PointRuleSetFields\n    }\n  }\n": types.PointRulesDocument,
    "\n  mutation UpdateLevelThresholds($minPoints: [Int!]!) {\n    updateLevelThresholds(minPoints: $minPoints) {\n      key\n      name\n      minPoints\n    }\n  }\n": types.UpdateLevelThresholdsDocument,
    "\n  mutation UpdatePointRules($input: [PointRuleInput!]!) {\n    updatePointRules(input: $input) {\n      ...PointRuleSetFields\n    }\n  }\n": types.UpdatePointRulesDocument,
    "\n  mutation CommentOnFeedItem($itemId: ID!, $body: String!) {\n    commentOnFeedItem(itemId: $itemId, body: $body) {\n      id\n      body\n      createdAt\n      author {\n        id\n        displayName\n      }\n    }\n  }\n": types.CommentOnFeedItemDocument,
    "\n  mutation CreateRecognitionValue($label: String!, $labelEn: String) {\n    createRecognitionValue(label: $label, labelEn: $labelEn) {\n      id\n      label\n      labelEn\n      position\n      archived\n    }\n  }\n": types.CreateRecognitionValueDocument,
    "\n  subscription FeedItemAdded {\n    feedItemAdded {\n      ...FeedItemFields\n    }\n  }\n": types.FeedItemAddedDocument,
    "\n  query FeedItemComments($id: ID!, $last: Int!) {\n    feedItem(id: $id) {\n      id\n      commentCount\n      comments(last: $last) {\n        id\n        body\n        createdAt\n        author {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": types.FeedItemCommentsDocument,
    "\n  fragment FeedItemFields on FeedItem {\n    id\n    type\n    createdAt\n    actor {\n      ...FeedMemberFields\n    }\n    subject {\n      ...FeedMemberFields\n    }\n    kudos {\n      id\n      message\n      valueLabel\n      valueLabelEn\n      points\n    }\n    badge {\n      code\n      name\n      nameEn\n      tier\n      points\n    }\n    story {\n      id\n      title\n    }\n    challenge {\n      id\n      title\n      winners {\n        unitType\n        unitId\n        name\n      }\n    }\n    templateMilestone {\n      templateId\n      title\n      reuses\n    }\n    reactions {\n      emoji\n      count\n      reactedByMe\n    }\n    commentCount\n    comments(last: 3) {\n      id\n      body\n      createdAt\n      author {\n        id\n        displayName\n      }\n    }\n  }\n": types.FeedItemFieldsFragmentDoc,
    "\n  fragment FeedMemberFields on Member {\n    id\n    displayName\n    departmentId\n  }\n": types.FeedMemberFieldsFragmentDoc,
    "\n  query Feed($filter: FeedFilter!, $first: Int!, $after: String) {\n    feed(filter: $filter, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...FeedItemFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.FeedDocument,
    "\n  mutation GiveKudos($input: GiveKudosInput!) {\n    giveKudos(input: $input) {\n      id\n      points\n      receiver {\n        id\n        displayName\n      }\n    }\n  }\n": types.GiveKudosDocument,
    "\n  query KudosReceiverOptions($search: String, $first: Int!) {\n    members(filter: { search: $search }, first: $first) {\n      edges {\n        node {\n          id\n          displayName\n          nameReading\n          department {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.KudosReceiverOptionsDocument,
    "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n": types.MarkAllNotificationsReadDocument,
    "\n  mutation MarkNotificationRead($id: ID!) {\n    markNotificationRead(id: $id) {\n      id\n      read\n    }\n  }\n": types.MarkNotificationReadDocument,
    "\n  query MyKudosBudget {\n    myKudosBudget {\n      budget\n      used\n      remaining\n    }\n  }\n": types.MyKudosBudgetDocument,
    "\n  subscription NotificationAdded {\n    notificationAdded {\n      ...NotificationFields\n    }\n  }\n": types.NotificationAddedDocument,
    "\n  fragment NotificationFields on Notification {\n    id\n    type\n    createdAt\n    read\n    actor {\n      id\n      displayName\n    }\n    kudos {\n      id\n      message\n      valueLabel\n      valueLabelEn\n      points\n    }\n    badge {\n      code\n      name\n      nameEn\n      tier\n      points\n    }\n    story {\n      id\n      title\n      comment\n    }\n    challenge {\n      id\n      title\n      winners {\n        unitType\n        unitId\n        name\n      }\n    }\n    templateMilestone {\n      templateId\n      title\n      reuses\n    }\n    appeal {\n      appealId\n      outcome\n      points\n    }\n  }\n": types.NotificationFieldsFragmentDoc,
    "\n  query Notifications($first: Int!, $after: String) {\n    notifications(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...NotificationFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.NotificationsDocument,
    "\n  mutation ReactToFeedItem($itemId: ID!, $emoji: String!) {\n    reactToFeedItem(itemId: $itemId, emoji: $emoji) {\n      id\n      reactions {\n        emoji\n        count\n        reactedByMe\n      }\n    }\n  }\n": types.ReactToFeedItemDocument,
    "\n  query RecognitionAdminSettings {\n    recognitionValues(includeArchived: true) {\n      id\n      label\n      labelEn\n      position\n      archived\n    }\n    recognitionSettings {\n      monthlyKudosBudget\n    }\n  }\n": types.RecognitionAdminSettingsDocument,
    "\n  query RecognitionValues {\n    recognitionValues {\n      id\n      label\n      labelEn\n      position\n    }\n  }\n": types.RecognitionValuesDocument,
    "\n  mutation RenameRecognitionValue($id: ID!, $label: String!, $labelEn: String) {\n    renameRecognitionValue(id: $id, label: $label, labelEn: $labelEn) {\n      id\n      label\n      labelEn\n      position\n      archived\n    }\n  }\n": types.RenameRecognitionValueDocument,
    "\n  mutation ReorderRecognitionValues($ids: [ID!]!) {\n    reorderRecognitionValues(ids: $ids) {\n      id\n      position\n    }\n  }\n": types.ReorderRecognitionValuesDocument,
    "\n  mutation ReverseKudos($id: ID!, $reason: String!) {\n    reverseKudos(id: $id, reason: $reason) {\n      id\n      reversedAt\n    }\n  }\n": types.ReverseKudosDocument,
    "\n  mutation SetRecognitionValueArchived($id: ID!, $archived: Boolean!) {\n    setRecognitionValueArchived(id: $id, archived: $archived) {\n      id\n      archived\n    }\n  }\n": types.SetRecognitionValueArchivedDocument,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": types.UnreadNotificationCountDocument,
    "\n  mutation UpdateRecognitionSettings($monthlyKudosBudget: Int!) {\n    updateRecognitionSettings(monthlyKudosBudget: $monthlyKudosBudget) {\n      monthlyKudosBudget\n    }\n  }\n": types.UpdateRecognitionSettingsDocument,
    "\n  query Search(\n    $query: String!\n    $types: [SearchDocType!]\n    $tag: String\n    $departmentId: ID\n    $first: Int!\n    $after: String\n  ) {\n    search(\n      query: $query\n      types: $types\n      tag: $tag\n      departmentId: $departmentId\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      hits {\n        type\n        id\n        title\n        titleHighlights {\n          start\n          end\n        }\n        snippet {\n          text\n          highlights {\n            start\n            end\n          }\n        }\n        tags\n        score\n        popularity\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.SearchDocument,
    "\n  mutation ApproveSuccessStory($id: ID!, $comment: String) {\n    approveSuccessStory(id: $id, comment: $comment) {\n      ...StoryDetailFields\n    }\n  }\n": types.ApproveSuccessStoryDocument,
    "\n  mutation CreateSuccessStory($input: SuccessStoryInput!) {\n    createSuccessStory(input: $input) {\n      ...StoryDetailFields\n    }\n  }\n": types.CreateSuccessStoryDocument,
    "\n  query MyHoursSaved {\n    me {\n      id\n      hoursSavedPerMonth\n    }\n  }\n": types.MyHoursSavedDocument,
    "\n  mutation ReturnSuccessStory($id: ID!, $comment: String!) {\n    returnSuccessStory(id: $id, comment: $comment) {\n      ...StoryDetailFields\n    }\n  }\n": types.ReturnSuccessStoryDocument,
    "\n  fragment StoryCardFields on SuccessStory {\n    id\n    title\n    improved\n    status\n    hoursSavedPerMonth\n    submittedAt\n    approvedAt\n    updatedAt\n    author {\n      id\n      displayName\n      department {\n        id\n        name\n      }\n    }\n    templates {\n      id\n      title\n    }\n  }\n": types.StoryCardFieldsFragmentDoc,
    "\n  fragment StoryDetailFields on SuccessStory {\n    ...StoryCardFields\n    howMarkdown\n    minutesBefore\n    minutesAfter\n    occurrencesPerMonth\n    qualityNote\n    reviewComment\n    reviewedAt\n    createdAt\n    canEdit\n    canReview\n    reviewer {\n      id\n      displayName\n    }\n  }\n": types.StoryDetailFieldsFragmentDoc,
    "\n  mutation SubmitSuccessStory($id: ID!, $confirmFlags: Boolean! = false) {\n    submitSuccessStory(id: $id, confirmFlags: $confirmFlags) {\n      ...StoryDetailFields\n    }\n  }\n": types.SubmitSuccessStoryDocument,
    "\n  query SuccessStories($filter: SuccessStoryFilter, $first: Int!, $after: String) {\n    successStories(filter: $filter, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...StoryCardFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.SuccessStoriesDocument,
    "\n  query SuccessStory($id: ID!) {\n    successStory(id: $id) {\n      ...StoryDetailFields\n    }\n  }\n": types.SuccessStoryDocument,
    "\n  mutation UpdateSuccessStory($id: ID!, $input: SuccessStoryInput!) {\n    updateSuccessStory(id: $id, input: $input) {\n      ...StoryDetailFields\n    }\n  }\n": types.UpdateSuccessStoryDocument,
    "\n  mutation WithdrawSuccessStory($id: ID!) {\n    withdrawSuccessStory(id: $id) {\n      ...StoryDetailFields\n    }\n  }\n": types.WithdrawSuccessStoryDocument,
    "\n  mutation CreateDepartment($input: DepartmentInput!) {\n    createDepartment(input: $input) {\n      id\n      name\n      parentId\n      memberCount\n    }\n  }\n": types.CreateDepartmentDocument,
    "\n  mutation CreateTeam($input: TeamInput!) {\n    createTeam(input: $input) {\n      id\n      name\n      departmentId\n      memberCount\n    }\n  }\n": types.CreateTeamDocument,
    "\n  mutation DeleteDepartment($id: ID!) {\n    deleteDepartment(id: $id)\n  }\n": types.DeleteDepartmentDocument,
    "\n  mutation DeleteTeam($id: ID!) {\n    deleteTeam(id: $id)\n  }\n": types.DeleteTeamDocument,
    "\n  query Structure {\n    departments {\n      id\n      name\n      parentId\n      memberCount\n      children {\n        id\n        name\n        parentId\n        memberCount\n      }\n    }\n    teams {\n      id\n      name\n      departmentId\n      memberCount\n    }\n  }\n": types.StructureDocument,
    "\n  mutation UpdateDepartment($id: ID!, $input: DepartmentInput!) {\n    updateDepartment(id: $id, input: $input) {\n      id\n      name\n      parentId\n      memberCount\n    }\n  }\n": types.UpdateDepartmentDocument,
    "\n  mutation UpdateTeam($id: ID!, $input: TeamInput!) {\n    updateTeam(id: $id, input: $input) {\n      id\n      name\n      departmentId\n      memberCount\n    }\n  }\n": types.UpdateTeamDocument,
    "\n  mutation ArchiveTemplate($id: ID!) {\n    archiveTemplate(id: $id) {\n      ...TemplateDetailFields\n    }\n  }\n": types.ArchiveTemplateDocument,
    "\n  mutation CreateTemplateCategory($name: String!) {\n    createTemplateCategory(name: $name) {\n      id\n      name\n      sortOrder\n    }\n  }\n": types.CreateTemplateCategoryDocument,
    "\n  mutation CreateTemplate($input: CreateTemplateInput!) {\n    createTemplate(input: $input) {\n      ...TemplateDetailFields\n    }\n  }\n": types.CreateTemplateDocument,
    "\n  mutation DeleteTemplateCategory($id: ID!) {\n    deleteTemplateCategory(id: $id)\n  }\n": types.DeleteTemplateCategoryDocument,
    "\n  mutation ForkTemplate($id: ID!, $idempotencyKey: String!) {\n    forkTemplate(id: $id, idempotencyKey: $idempotencyKey) {\n      ...TemplateDetailFields\n    }\n  }\n": types.ForkTemplateDocument,
    "\n  mutation PublishTemplate($id: ID!, $confirmFlags: Boolean! = false) {\n    publishTemplate(id: $id, confirmFlags: $confirmFlags) {\n      ...TemplateDetailFields\n    }\n  }\n": types.PublishTemplateDocument,
    "\n  mutation RecordTemplateReuse(\n    $templateId: ID!\n    $idempotencyKey: String!\n    $values: [PlaceholderValueInput!]\n  ) {\n    recordTemplateReuse(templateId: $templateId, idempotencyKey: $idempotencyKey, values: $values) {\n      counted\n      reuseCount\n      colleagueCount\n    }\n  }\n": types.RecordTemplateReuseDocument,
    "\n  mutation RenameTemplateCategory($id: ID!, $name: String!) {\n    renameTemplateCategory(id: $id, name: $name) {\n      id\n      name\n      sortOrder\n    }\n  }\n": types.RenameTemplateCategoryDocument,
    "\n  fragment TemplateCardFields on PromptTemplate {\n    id\n    title\n    description\n    kind\n    targetTool\n    status\n    reuseCount\n    colleagueCount\n    hoursSavedPerMonth\n    updatedAt\n    category {\n      id\n      name\n    }\n    author {\n      id\n      displayName\n    }\n  }\n": types.TemplateCardFieldsFragmentDoc,
    "\n  query TemplateCategories {\n    templateCategories {\n      id\n      name\n      sortOrder\n    }\n  }\n": types.TemplateCategoriesDocument,
    "\n  fragment TemplateDetailFields on PromptTemplate {\n    ...TemplateCardFields\n    body\n    canEdit\n    forkCount\n    createdAt\n    placeholders {\n      name\n      defaultValue\n      hint\n    }\n    author {\n      id\n      displayName\n      department {\n        id\n        name\n      }\n    }\n    forkedFrom {\n      id\n      title\n      author {\n        id\n        displayName\n      }\n    }\n  }\n": types.TemplateDetailFieldsFragmentDoc,
    "\n  query TemplateOptionSearch($query: String!) {\n    search(query: $query, types: [TEMPLATE], first: 20) {\n      hits {\n        id\n        title\n      }\n    }\n  }\n": types.TemplateOptionSearchDocument,
    "\n  query TemplateOptions($first: Int!) {\n    templates(orderBy: MOST_REUSED, first: $first) {\n      edges {\n        node {\n          id\n          title\n          category {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.TemplateOptionsDocument,
    "\n  query Template($id: ID!) {\n    template(id: $id) {\n      ...TemplateDetailFields\n    }\n  }\n": types.TemplateDocument,
    "\n  query Templates(\n    $filter: TemplateFilter\n    $orderBy: TemplateOrderBy!\n    $first: Int!\n    $after: String\n  ) {\n    templates(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...TemplateCardFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.TemplatesDocument,
    "\n  mutation UpdateTemplate($id: ID!, $input: UpdateTemplateInput!, $confirmFlags: Boolean! = false) {\n    updateTemplate(id: $id, input: $input, confirmFlags: $confirmFlags) {\n      ...TemplateDetailFields\n    }\n  }\n": types.UpdateTemplateDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdoptionAnalyticsCsv($input: AdoptionAnalyticsInput!, $chart: AdoptionChart!) {\n    adoptionAnalyticsCsv(input: $input, chart: $chart) {\n      filename\n      content\n    }\n  }\n"): (typeof documents)["\n  query AdoptionAnalyticsCsv($input: AdoptionAnalyticsInput!, $chart: AdoptionChart!) {\n    adoptionAnalyticsCsv(input: $input, chart: $chart) {\n      filename\n      content\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdoptionAnalytics($input: AdoptionAnalyticsInput!) {\n    adoptionAnalytics(input: $input) {\n      from\n      to\n      departmentIds\n      activeRate {\n        activeMembers\n        members\n        rate\n      }\n      departments {\n        departmentId\n        name\n        activeMembers\n        members\n        rate\n      }\n      weeklyTrend {\n        periodKey\n        firstDay\n        lastDay\n        activeMembers\n        members\n        rate\n      }\n      monthlyTrend {\n        periodKey\n        firstDay\n        lastDay\n        activeMembers\n        members\n        rate\n      }\n      contributionsByWeek {\n        week\n        firstDay\n        posts\n        templates\n        stories\n        reuses\n        reviews\n        kudos\n      }\n      hoursSavedByMonth {\n        month\n        hoursSaved\n        cumulativeHours\n      }\n      totalHoursSaved\n      topTemplatesByReuses {\n        ...AdoptionTopTemplateFields\n      }\n      topTemplatesByHoursSaved {\n        ...AdoptionTopTemplateFields\n      }\n      topContributors {\n        memberId\n        name\n        departmentId\n        points\n      }\n      deadContent {\n        ...AdoptionContentItemFields\n      }\n      deadContentCount\n      staleContent {\n        ...AdoptionContentItemFields\n      }\n      staleContentCount\n      departmentComparison {\n        departmentId\n        name\n        activeMembers\n        members\n        rate\n        posts\n        reuses\n        hoursSaved\n        points\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdoptionAnalytics($input: AdoptionAnalyticsInput!) {\n    adoptionAnalytics(input: $input) {\n      from\n      to\n      departmentIds\n      activeRate {\n        activeMembers\n        members\n        rate\n      }\n      departments {\n        departmentId\n        name\n        activeMembers\n        members\n        rate\n      }\n      weeklyTrend {\n        periodKey\n        firstDay\n        lastDay\n        activeMembers\n        members\n        rate\n      }\n      monthlyTrend {\n        periodKey\n        firstDay\n        lastDay\n        activeMembers\n        members\n        rate\n      }\n      contributionsByWeek {\n        week\n        firstDay\n        posts\n        templates\n        stories\n        reuses\n        reviews\n        kudos\n      }\n      hoursSavedByMonth {\n        month\n        hoursSaved\n        cumulativeHours\n      }\n      totalHoursSaved\n      topTemplatesByReuses {\n        ...AdoptionTopTemplateFields\n      }\n      topTemplatesByHoursSaved {\n        ...AdoptionTopTemplateFields\n      }\n      topContributors {\n        memberId\n        name\n        departmentId\n        points\n      }\n      deadContent {\n        ...AdoptionContentItemFields\n      }\n      deadContentCount\n      staleContent {\n        ...AdoptionContentItemFields\n      }\n      staleContentCount\n      departmentComparison {\n        departmentId\n        name\n        activeMembers\n        members\n        rate\n        posts\n        reuses\n        hoursSaved\n        points\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AdoptionTopTemplateFields on AdoptionTopTemplate {\n    templateId\n    title\n    authorId\n    authorName\n    reuses\n    hoursSavedPerMonth\n    hoursSaved\n  }\n"): (typeof documents)["\n  fragment AdoptionTopTemplateFields on AdoptionTopTemplate {\n    templateId\n    title\n    authorId\n    authorName\n    reuses\n    hoursSavedPerMonth\n    hoursSaved\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AdoptionContentItemFields on AdoptionContentItem {\n    postId\n    title\n    ownerId\n    ownerName\n    departmentId\n    publishedAt\n    reviewBy\n    lastViewedOn\n  }\n"): (typeof documents)["\n  fragment AdoptionContentItemFields on AdoptionContentItem {\n    postId\n    title\n    ownerId\n    ownerName\n    departmentId\n    publishedAt\n    reviewBy\n    lastViewedOn\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AppealFields on Appeal {\n    id\n    memberId\n    memberName\n    status\n    subjectType\n    entry {\n      id\n      kind\n      points\n      sourceType\n      sourceId\n      occurredAt\n      reversesEntryId\n      reason\n      reversed\n    }\n    issue\n    kind\n    sourceReference\n    occurredOn\n    reason\n    outcome\n    points\n    resolutionReason\n    resolvedAt\n    resultEntryId\n    createdAt\n    events {\n      id\n      action\n      actorName\n      outcome\n      points\n      reason\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  fragment AppealFields on Appeal {\n    id\n    memberId\n    memberName\n    status\n    subjectType\n    entry {\n      id\n      kind\n      points\n      sourceType\n      sourceId\n      occurredAt\n      reversesEntryId\n      reason\n      reversed\n    }\n    issue\n    kind\n    sourceReference\n    occurredOn\n    reason\n    outcome\n    points\n    resolutionReason\n    resolvedAt\n    resultEntryId\n    createdAt\n    events {\n      id\n      action\n      actorName\n      outcome\n      points\n      reason\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Appeals($status: AppealStatus, $first: Int!, $after: String) {\n    appeals(status: $status, first: $first, after: $after) {\n      nodes {\n        ...AppealFields\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query Appeals($status: AppealStatus, $first: Int!, $after: String) {\n    appeals(status: $status, first: $first, after: $after) {\n      nodes {\n        ...AppealFields\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyAppeals($first: Int!, $after: String) {\n    myAppeals(first: $first, after: $after) {\n      nodes {\n        ...AppealFields\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyAppeals($first: Int!, $after: String) {\n    myAppeals(first: $first, after: $after) {\n      nodes {\n        ...AppealFields\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResolveAppeal($input: ResolveAppealInput!) {\n    resolveAppeal(input: $input) {\n      ...AppealFields\n    }\n  }\n"): (typeof documents)["\n  mutation ResolveAppeal($input: ResolveAppealInput!) {\n    resolveAppeal(input: $input) {\n      ...AppealFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitAppeal($input: SubmitAppealInput!) {\n    submitAppeal(input: $input) {\n      ...AppealFields\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitAppeal($input: SubmitAppealInput!) {\n    submitAppeal(input: $input) {\n      ...AppealFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawAppeal($id: ID!) {\n    withdrawAppeal(id: $id) {\n      ...AppealFields\n    }\n  }\n"): (typeof documents)["\n  mutation WithdrawAppeal($id: ID!) {\n    withdrawAppeal(id: $id) {\n      ...AppealFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Ambassadors($departmentId: ID) {\n    ambassadors(departmentId: $departmentId) {\n      departmentId\n      departmentName\n      ambassadors {\n        member {\n          id\n          displayName\n          nameReading\n          teams {\n            id\n            name\n          }\n        }\n        specialities\n      }\n    }\n  }\n"): (typeof documents)["\n  query Ambassadors($departmentId: ID) {\n    ambassadors(departmentId: $departmentId) {\n      departmentId\n      departmentName\n      ambassadors {\n        member {\n          id\n          displayName\n          nameReading\n          teams {\n            id\n            name\n          }\n        }\n        specialities\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AwardBadge($memberId: ID!, $badgeId: ID!, $reason: String!, $tier: BadgeTier) {\n    awardBadge(memberId: $memberId, badgeId: $badgeId, reason: $reason, tier: $tier) {\n      id\n      name\n      memberId\n    }\n  }\n"): (typeof documents)["\n  mutation AwardBadge($memberId: ID!, $badgeId: ID!, $reason: String!, $tier: BadgeTier) {\n    awardBadge(memberId: $memberId, badgeId: $badgeId, reason: $reason, tier: $tier) {\n      id\n      name\n      memberId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BadgeCatalog {\n    badges {\n      id\n      name\n      manualOnly\n      levels {\n        tier\n      }\n    }\n  }\n"): (typeof documents)["\n  query BadgeCatalog {\n    badges {\n      id\n      name\n      manualOnly\n      levels {\n        tier\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BadgeMetrics {\n    badgeMetrics {\n      key\n      label\n      periods\n      yesNo\n    }\n  }\n"): (typeof documents)["\n  query BadgeMetrics {\n    badgeMetrics {\n      key\n      label\n      periods\n      yesNo\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BadgeProgressFields on BadgeProgress {\n    badge {\n      id\n      name\n      description\n      metricLabel\n      manualOnly\n      levels {\n        tier\n        threshold\n        points\n      }\n    }\n    value\n    earned {\n      id\n      tier\n      name\n      points\n      reason\n      awardedAt\n    }\n    nextTier\n    nextThreshold\n    remaining\n    complete\n    message\n  }\n"): (typeof documents)["\n  fragment BadgeProgressFields on BadgeProgress {\n    badge {\n      id\n      name\n      description\n      metricLabel\n      manualOnly\n      levels {\n        tier\n        threshold\n        points\n      }\n    }\n    value\n    earned {\n      id\n      tier\n      name\n      points\n      reason\n      awardedAt\n    }\n    nextTier\n    nextThreshold\n    remaining\n    complete\n    message\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateBadge($input: CreateBadgeInput!) {\n    createBadge(input: $input) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation CreateBadge($input: CreateBadgeInput!) {\n    createBadge(input: $input) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomBadges {\n    badges {\n      id\n      name\n      description\n      custom\n      metric\n      metricLabel\n      period\n      levels {\n        threshold\n        points\n      }\n    }\n  }\n"): (typeof documents)["\n  query CustomBadges {\n    badges {\n      id\n      name\n      description\n      custom\n      metric\n      metricLabel\n      period\n      levels {\n        threshold\n        points\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyBadges {\n    myBadges {\n      ...BadgeProgressFields\n    }\n  }\n"): (typeof documents)["\n  query MyBadges {\n    myBadges {\n      ...BadgeProgressFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyOnboarding {\n    myOnboarding {\n      steps {\n        key\n        title\n        hint\n        done\n      }\n      doneCount\n      total\n      complete\n      badgeEarned\n    }\n  }\n"): (typeof documents)["\n  query MyOnboarding {\n    myOnboarding {\n      steps {\n        key\n        title\n        hint\n        done\n      }\n      doneCount\n      total\n      complete\n      badgeEarned\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MySpecialities {\n    mySpecialities\n  }\n"): (typeof documents)["\n  query MySpecialities {\n    mySpecialities\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMySpecialities($tags: [String!]!) {\n    updateMySpecialities(tags: $tags)\n  }\n"): (typeof documents)["\n  mutation UpdateMySpecialities($tags: [String!]!) {\n    updateMySpecialities(tags: $tags)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelChallenge($id: ID!) {\n    cancelChallenge(id: $id) {\n      id\n      status\n      canEdit\n      canCancel\n    }\n  }\n"): (typeof documents)["\n  mutation CancelChallenge($id: ID!) {\n    cancelChallenge(id: $id) {\n      id\n      status\n      canEdit\n      canCancel\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ChallengeStandingFields on ChallengeStanding {\n    rank\n    value\n    total\n    headcount\n    progress\n    isMine\n    winner\n    team {\n      id\n      name\n    }\n    department {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment ChallengeStandingFields on ChallengeStanding {\n    rank\n    value\n    total\n    headcount\n    progress\n    isMine\n    winner\n    team {\n      id\n      name\n    }\n    department {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ChallengeSummaryFields on Challenge {\n    id\n    title\n    metric\n    target\n    unitType\n    scoring\n    startsAt\n    endsAt\n    status\n    winnerPoints\n  }\n"): (typeof documents)["\n  fragment ChallengeSummaryFields on Challenge {\n    id\n    title\n    metric\n    target\n    unitType\n    scoring\n    startsAt\n    endsAt\n    status\n    winnerPoints\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChallengeUnitOptions {\n    departments {\n      id\n      name\n    }\n    teams {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query ChallengeUnitOptions {\n    departments {\n      id\n      name\n    }\n    teams {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Challenge($id: ID!) {\n    challenge(id: $id) {\n      ...ChallengeSummaryFields\n      description\n      closedAt\n      canEdit\n      canCancel\n      standings {\n        ...ChallengeStandingFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query Challenge($id: ID!) {\n    challenge(id: $id) {\n      ...ChallengeSummaryFields\n      description\n      closedAt\n      canEdit\n      canCancel\n      standings {\n        ...ChallengeStandingFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Challenges($status: ChallengeStatus!, $first: Int!, $after: String) {\n    challenges(status: $status, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...ChallengeSummaryFields\n          standings {\n            ...ChallengeStandingFields\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query Challenges($status: ChallengeStatus!, $first: Int!, $after: String) {\n    challenges(status: $status, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...ChallengeSummaryFields\n          standings {\n            ...ChallengeStandingFields\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateChallenge($input: ChallengeInput!) {\n    createChallenge(input: $input) {\n      ...ChallengeSummaryFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateChallenge($input: ChallengeInput!) {\n    createChallenge(input: $input) {\n      ...ChallengeSummaryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateChallenge($id: ID!, $input: ChallengeInput!) {\n    updateChallenge(id: $id, input: $input) {\n      ...ChallengeSummaryFields\n      description\n      canEdit\n      canCancel\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateChallenge($id: ID!, $input: ChallengeInput!) {\n    updateChallenge(id: $id, input: $input) {\n      ...ChallengeSummaryFields\n      description\n      canEdit\n      canCancel\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FairPlayMemberFields on Member {\n    id\n    displayName\n    department {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment FairPlayMemberFields on Member {\n    id\n    displayName\n    department {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FairPlayReport($input: FairPlayReportInput!) {\n    fairPlayReport(input: $input) {\n      from\n      to\n      kinds\n      norm {\n        pairs\n        members\n        median\n        mad\n        allowance\n        analysed\n      }\n      groups {\n        id\n        kind\n        members {\n          ...FairPlayMemberFields\n        }\n        edges {\n          actor {\n            ...FairPlayMemberFields\n          }\n          earner {\n            ...FairPlayMemberFields\n          }\n          count\n          points\n          share\n          heavy\n          excessCount\n          excessPoints\n          byKind {\n            kind\n            count\n            points\n          }\n        }\n        totalCount\n        totalPoints\n        excessCount\n        excessPoints\n        reversedPoints\n        pendingPoints\n        alreadyReversed\n        reversals {\n          id\n          reason\n          entriesReversed\n          pointsReversed\n          createdAt\n          reversedBy {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query FairPlayReport($input: FairPlayReportInput!) {\n    fairPlayReport(input: $input) {\n      from\n      to\n      kinds\n      norm {\n        pairs\n        members\n        median\n        mad\n        allowance\n        analysed\n      }\n      groups {\n        id\n        kind\n        members {\n          ...FairPlayMemberFields\n        }\n        edges {\n          actor {\n            ...FairPlayMemberFields\n          }\n          earner {\n            ...FairPlayMemberFields\n          }\n          count\n          points\n          share\n          heavy\n          excessCount\n          excessPoints\n          byKind {\n            kind\n            count\n            points\n          }\n        }\n        totalCount\n        totalPoints\n        excessCount\n        excessPoints\n        reversedPoints\n        pendingPoints\n        alreadyReversed\n        reversals {\n          id\n          reason\n          entriesReversed\n          pointsReversed\n          createdAt\n          reversedBy {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReverseFairPlayExcess($input: ReverseFairPlayExcessInput!) {\n    reverseFairPlayExcess(input: $input) {\n      id\n      groupId\n      entriesReversed\n      pointsReversed\n    }\n  }\n"): (typeof documents)["\n  mutation ReverseFairPlayExcess($input: ReverseFairPlayExcessInput!) {\n    reverseFairPlayExcess(input: $input) {\n      id\n      groupId\n      entriesReversed\n      pointsReversed\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcknowledgeGuideline($version: Int!) {\n    acknowledgeGuideline(version: $version) {\n      ...GuidelineFields\n    }\n  }\n"): (typeof documents)["\n  mutation AcknowledgeGuideline($version: Int!) {\n    acknowledgeGuideline(version: $version) {\n      ...GuidelineFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddBannedTerm($term: String!) {\n    addBannedTerm(term: $term) {\n      id\n      term\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  mutation AddBannedTerm($term: String!) {\n    addBannedTerm(term: $term) {\n      id\n      term\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BannedTerms {\n    bannedTerms {\n      id\n      term\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  query BannedTerms {\n    bannedTerms {\n      id\n      term\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GuidelineCheckContent($text: String!) {\n    checkContent(text: $text) {\n      kind\n      start\n      end\n      match\n      message\n    }\n  }\n"): (typeof documents)["\n  query GuidelineCheckContent($text: String!) {\n    checkContent(text: $text) {\n      kind\n      start\n      end\n      match\n      message\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GuidelineFields on Guideline {\n    version\n    recommendedUses\n    neverInput\n    finalCheck\n    publishedAt\n    needsAcknowledgement\n  }\n"): (typeof documents)["\n  fragment GuidelineFields on Guideline {\n    version\n    recommendedUses\n    neverInput\n    finalCheck\n    publishedAt\n    needsAcknowledgement\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Guideline {\n    guideline {\n      ...GuidelineFields\n    }\n  }\n"): (typeof documents)["\n  query Guideline {\n    guideline {\n      ...GuidelineFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishGuideline($input: GuidelineInput!) {\n    publishGuideline(input: $input) {\n      ...GuidelineFields\n    }\n  }\n"): (typeof documents)["\n  mutation PublishGuideline($input: GuidelineInput!) {\n    publishGuideline(input: $input) {\n      ...GuidelineFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveBannedTerm($id: ID!) {\n    removeBannedTerm(id: $id)\n  }\n"): (typeof documents)["\n  mutation RemoveBannedTerm($id: ID!) {\n    removeBannedTerm(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ContributionExportFields on ContributionExport {\n    token\n    downloadUrl\n    fileName\n    contentType\n    byteSize\n    sha256\n    rowCount\n    expiresAt\n    unrepresentable {\n      row\n      column\n      char\n    }\n    unrepresentableCount\n  }\n"): (typeof documents)["\n  fragment ContributionExportFields on ContributionExport {\n    token\n    downloadUrl\n    fileName\n    contentType\n    byteSize\n    sha256\n    rowCount\n    expiresAt\n    unrepresentable {\n      row\n      column\n      char\n    }\n    unrepresentableCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateEvaluationPeriod($input: CreateEvaluationPeriodInput!) {\n    createEvaluationPeriod(input: $input) {\n      ...EvaluationPeriodFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateEvaluationPeriod($input: CreateEvaluationPeriodInput!) {\n    createEvaluationPeriod(input: $input) {\n      ...EvaluationPeriodFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EvaluationPeriodFields on EvaluationPeriod {\n    id\n    name\n    firstDay\n    lastDay\n    kind\n    presetKey\n    status\n    lockedAt\n    createdAt\n  }\n"): (typeof documents)["\n  fragment EvaluationPeriodFields on EvaluationPeriod {\n    id\n    name\n    firstDay\n    lastDay\n    kind\n    presetKey\n    status\n    lockedAt\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EvaluationPeriods {\n    evaluationPeriods {\n      periods {\n        ...EvaluationPeriodFields\n      }\n      availablePresets {\n        key\n        name\n        firstDay\n        lastDay\n      }\n    }\n  }\n"): (typeof documents)["\n  query EvaluationPeriods {\n    evaluationPeriods {\n      periods {\n        ...EvaluationPeriodFields\n      }\n      availablePresets {\n        key\n        name\n        firstDay\n        lastDay\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExportAuditLog($first: Int!, $after: String) {\n    exportAuditLog(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          actorName\n          actorKind\n          scope\n          periodName\n          filtersJson\n          format\n          rowCount\n          sha256\n          outcome\n          reason\n          createdAt\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query ExportAuditLog($first: Int!, $after: String) {\n    exportAuditLog(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          actorName\n          actorKind\n          scope\n          periodName\n          filtersJson\n          format\n          rowCount\n          sha256\n          outcome\n          reason\n          createdAt\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExportContributions($input: ExportContributionsInput!) {\n    exportContributions(input: $input) {\n      ...ContributionExportFields\n    }\n  }\n"): (typeof documents)["\n  mutation ExportContributions($input: ExportContributionsInput!) {\n    exportContributions(input: $input) {\n      ...ContributionExportFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExportMyContributionReport($periodId: ID!, $format: String!) {\n    exportMyContributionReport(periodId: $periodId, format: $format) {\n      ...ContributionExportFields\n    }\n  }\n"): (typeof documents)["\n  mutation ExportMyContributionReport($periodId: ID!, $format: String!) {\n    exportMyContributionReport(periodId: $periodId, format: $format) {\n      ...ContributionExportFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HrExportSettings {\n    hrExportSettings {\n      managersMayExport\n    }\n  }\n"): (typeof documents)["\n  query HrExportSettings {\n    hrExportSettings {\n      managersMayExport\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LockEvaluationPeriod($id: ID!) {\n    lockEvaluationPeriod(id: $id) {\n      ...EvaluationPeriodFields\n    }\n  }\n"): (typeof documents)["\n  mutation LockEvaluationPeriod($id: ID!) {\n    lockEvaluationPeriod(id: $id) {\n      ...EvaluationPeriodFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyContributionReport($periodId: ID!) {\n    myContributionReport(periodId: $periodId) {\n      period {\n        ...EvaluationPeriodFields\n      }\n      row {\n        memberId\n        employeeNumber\n        name\n        department\n        teams\n        totalPoints\n        categoryPoints {\n          category\n          label\n          points\n        }\n        postsPublished\n        viewsReceived\n        reusesReceived\n        storiesApproved\n        kudosGiven\n        kudosReceived\n        hoursSaved\n        badgesEarned\n        departmentRank\n        departmentPercentile\n        companyRank\n        companyPercentile\n        score\n        evidence {\n          sourceType\n          sourceId\n          title\n          link\n          points\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyContributionReport($periodId: ID!) {\n    myContributionReport(periodId: $periodId) {\n      period {\n        ...EvaluationPeriodFields\n      }\n      row {\n        memberId\n        employeeNumber\n        name\n        department\n        teams\n        totalPoints\n        categoryPoints {\n          category\n          label\n          points\n        }\n        postsPublished\n        viewsReceived\n        reusesReceived\n        storiesApproved\n        kudosGiven\n        kudosReceived\n        hoursSaved\n        badgesEarned\n        departmentRank\n        departmentPercentile\n        companyRank\n        companyPercentile\n        score\n        evidence {\n          sourceType\n          sourceId\n          title\n          link\n          points\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateHrExportSettings($managersMayExport: Boolean!) {\n    updateHrExportSettings(managersMayExport: $managersMayExport) {\n      managersMayExport\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateHrExportSettings($managersMayExport: Boolean!) {\n    updateHrExportSettings(managersMayExport: $managersMayExport) {\n      managersMayExport\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n"): (typeof documents)["\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CurrentMemberFields on Member {\n    id\n    email\n    displayName\n    nameReading\n    employeeNumber\n    department {\n      id\n      name\n      parent {\n        id\n        name\n      }\n    }\n    teams {\n      id\n      name\n    }\n    roles\n    active\n    joinedOn\n    locale\n    organization {\n      id\n      name\n      locale\n    }\n  }\n"): (typeof documents)["\n  fragment CurrentMemberFields on Member {\n    id\n    email\n    displayName\n    nameReading\n    employeeNumber\n    department {\n      id\n      name\n      parent {\n        id\n        name\n      }\n    }\n    teams {\n      id\n      name\n    }\n    roles\n    active\n    joinedOn\n    locale\n    organization {\n      id\n      name\n      locale\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      ...CurrentMemberFields\n    }\n  }\n"): (typeof documents)["\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      ...CurrentMemberFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      ...CurrentMemberFields\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      ...CurrentMemberFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMyPreferences($input: UpdateMyPreferencesInput!) {\n    updateMyPreferences(input: $input) {\n      id\n      locale\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMyPreferences($input: UpdateMyPreferencesInput!) {\n    updateMyPreferences(input: $input) {\n      id\n      locale\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddKnowledgeComment($postId: ID!, $body: String!) {\n    addKnowledgeComment(postId: $postId, body: $body) {\n      ...KnowledgeCommentFields\n    }\n  }\n"): (typeof documents)["\n  mutation AddKnowledgeComment($postId: ID!, $body: String!) {\n    addKnowledgeComment(postId: $postId, body: $body) {\n      ...KnowledgeCommentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveKnowledgePost($id: ID!) {\n    archiveKnowledgePost(id: $id) {\n      ...KnowledgePostDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation ArchiveKnowledgePost($id: ID!) {\n    archiveKnowledgePost(id: $id) {\n      ...KnowledgePostDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmKnowledgeReview($id: ID!, $idempotencyKey: String!) {\n    confirmKnowledgeReview(id: $id, idempotencyKey: $idempotencyKey) {\n      ...KnowledgePostDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation ConfirmKnowledgeReview($id: ID!, $idempotencyKey: String!) {\n    confirmKnowledgeReview(id: $id, idempotencyKey: $idempotencyKey) {\n      ...KnowledgePostDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateKnowledgePost($input: CreateKnowledgePostInput!) {\n    createKnowledgePost(input: $input) {\n      ...KnowledgePostDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateKnowledgePost($input: CreateKnowledgePostInput!) {\n    createKnowledgePost(input: $input) {\n      ...KnowledgePostDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteKnowledgeComment($id: ID!) {\n    deleteKnowledgeComment(id: $id) {\n      id\n      commentCount\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteKnowledgeComment($id: ID!) {\n    deleteKnowledgeComment(id: $id) {\n      id\n      commentCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment KnowledgeCommentFields on KnowledgeComment {\n    id\n    postId\n    body\n    createdAt\n    canDelete\n    author {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  fragment KnowledgeCommentFields on KnowledgeComment {\n    id\n    postId\n    body\n    createdAt\n    canDelete\n    author {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KnowledgeComments($id: ID!, $first: Int!, $after: String) {\n    knowledgePost(id: $id) {\n      id\n      commentCount\n      comments(first: $first, after: $after) {\n        edges {\n          cursor\n          node {\n            ...KnowledgeCommentFields\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query KnowledgeComments($id: ID!, $first: Int!, $after: String) {\n    knowledgePost(id: $id) {\n      id\n      commentCount\n      comments(first: $first, after: $after) {\n        edges {\n          cursor\n          node {\n            ...KnowledgeCommentFields\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KnowledgeDepartments {\n    departments {\n      id\n      name\n      parentId\n    }\n  }\n"): (typeof documents)["\n  query KnowledgeDepartments {\n    departments {\n      id\n      name\n      parentId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KnowledgeOwnerCandidates($search: String, $first: Int!) {\n    members(filter: { search: $search }, first: $first) {\n      edges {\n        node {\n          id\n          displayName\n          nameReading\n          department {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query KnowledgeOwnerCandidates($search: String, $first: Int!) {\n    members(filter: { search: $search }, first: $first) {\n      edges {\n        node {\n          id\n          displayName\n          nameReading\n          department {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment KnowledgePostCardFields on KnowledgePost {\n    id\n    title\n    status\n    tags\n    needsReview\n    viewCount\n    likeCount\n    commentCount\n    updatedAt\n    publishedAt\n    reviewBy\n    author {\n      id\n      displayName\n    }\n    department {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment KnowledgePostCardFields on KnowledgePost {\n    id\n    title\n    status\n    tags\n    needsReview\n    viewCount\n    likeCount\n    commentCount\n    updatedAt\n    publishedAt\n    reviewBy\n    author {\n      id\n      displayName\n    }\n    department {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment KnowledgePostDetailFields on KnowledgePost {\n    id\n    title\n    bodyMarkdown\n    status\n    tags\n    needsReview\n    reviewBy\n    lastReviewedAt\n    viewCount\n    likeCount\n    likedByMe\n    commentCount\n    revisionCount\n    canEdit\n    createdAt\n    updatedAt\n    publishedAt\n    author {\n      id\n      displayName\n      active\n    }\n    owner {\n      id\n      displayName\n      active\n    }\n    department {\n      id\n      name\n      parent {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment KnowledgePostDetailFields on KnowledgePost {\n    id\n    title\n    bodyMarkdown\n    status\n    tags\n    needsReview\n    reviewBy\n    lastReviewedAt\n    viewCount\n    likeCount\n    likedByMe\n    commentCount\n    revisionCount\n    canEdit\n    createdAt\n    updatedAt\n    publishedAt\n    author {\n      id\n      displayName\n      active\n    }\n    owner {\n      id\n      displayName\n      active\n    }\n    department {\n      id\n      name\n      parent {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KnowledgePostRevisions($postId: ID!, $first: Int!, $after: String) {\n    knowledgePostRevisions(postId: $postId, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          postId\n          title\n          bodyMarkdown\n          tags\n          changedFields\n          createdAt\n          editor {\n            id\n            displayName\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query KnowledgePostRevisions($postId: ID!, $first: Int!, $after: String) {\n    knowledgePostRevisions(postId: $postId, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          postId\n          title\n          bodyMarkdown\n          tags\n          changedFields\n          createdAt\n          editor {\n            id\n            displayName\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KnowledgePost($id: ID!) {\n    knowledgePost(id: $id) {\n      ...KnowledgePostDetailFields\n    }\n  }\n"): (typeof documents)["\n  query KnowledgePost($id: ID!) {\n    knowledgePost(id: $id) {\n      ...KnowledgePostDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KnowledgePosts($filter: KnowledgePostFilter, $first: Int!, $after: String) {\n    knowledgePosts(filter: $filter, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...KnowledgePostCardFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query KnowledgePosts($filter: KnowledgePostFilter, $first: Int!, $after: String) {\n    knowledgePosts(filter: $filter, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...KnowledgePostCardFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KnowledgeTags {\n    knowledgeTags {\n      tag\n      count\n    }\n  }\n"): (typeof documents)["\n  query KnowledgeTags {\n    knowledgeTags {\n      tag\n      count\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LikeKnowledgePost($id: ID!, $idempotencyKey: String!) {\n    likeKnowledgePost(id: $id, idempotencyKey: $idempotencyKey) {\n      id\n      likeCount\n      likedByMe\n    }\n  }\n"): (typeof documents)["\n  mutation LikeKnowledgePost($id: ID!, $idempotencyKey: String!) {\n    likeKnowledgePost(id: $id, idempotencyKey: $idempotencyKey) {\n      id\n      likeCount\n      likedByMe\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishKnowledgePost($id: ID!, $confirmFlags: Boolean! = false) {\n    publishKnowledgePost(id: $id, confirmFlags: $confirmFlags) {\n      ...KnowledgePostDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation PublishKnowledgePost($id: ID!, $confirmFlags: Boolean! = false) {\n    publishKnowledgePost(id: $id, confirmFlags: $confirmFlags) {\n      ...KnowledgePostDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordKnowledgeView($postId: ID!, $idempotencyKey: String!) {\n    recordView(postId: $postId, idempotencyKey: $idempotencyKey) {\n      counted\n      viewCount\n    }\n  }\n"): (typeof documents)["\n  mutation RecordKnowledgeView($postId: ID!, $idempotencyKey: String!) {\n    recordView(postId: $postId, idempotencyKey: $idempotencyKey) {\n      counted\n      viewCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TransferKnowledgePostOwner($id: ID!, $ownerId: ID!) {\n    transferKnowledgePostOwner(id: $id, ownerId: $ownerId) {\n      ...KnowledgePostDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation TransferKnowledgePostOwner($id: ID!, $ownerId: ID!) {\n    transferKnowledgePostOwner(id: $id, ownerId: $ownerId) {\n      ...KnowledgePostDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnlikeKnowledgePost($id: ID!) {\n    unlikeKnowledgePost(id: $id) {\n      id\n      likeCount\n      likedByMe\n    }\n  }\n"): (typeof documents)["\n  mutation UnlikeKnowledgePost($id: ID!) {\n    unlikeKnowledgePost(id: $id) {\n      id\n      likeCount\n      likedByMe\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnpublishKnowledgePost($id: ID!) {\n    unpublishKnowledgePost(id: $id) {\n      ...KnowledgePostDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation UnpublishKnowledgePost($id: ID!) {\n    unpublishKnowledgePost(id: $id) {\n      ...KnowledgePostDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateKnowledgePost(\n    $id: ID!\n    $input: UpdateKnowledgePostInput!\n    $confirmFlags: Boolean! = false\n  ) {\n    updateKnowledgePost(id: $id, input: $input, confirmFlags: $confirmFlags) {\n      ...KnowledgePostDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateKnowledgePost(\n    $id: ID!\n    $input: UpdateKnowledgePostInput!\n    $confirmFlags: Boolean! = false\n  ) {\n    updateKnowledgePost(id: $id, input: $input, confirmFlags: $confirmFlags) {\n      ...KnowledgePostDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UploadKnowledgeImage($fileBase64: String!, $fileName: String!) {\n    uploadImage(fileBase64: $fileBase64, fileName: $fileName) {\n      id\n      url\n      contentType\n      byteSize\n    }\n  }\n"): (typeof documents)["\n  mutation UploadKnowledgeImage($fileBase64: String!, $fileName: String!) {\n    uploadImage(fileBase64: $fileBase64, fileName: $fileName) {\n      id\n      url\n      contentType\n      byteSize\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LeaderboardEntryFields on LeaderboardEntry {\n    rank\n    points\n    isMe\n    member {\n      id\n      displayName\n      department {\n        id\n        name\n      }\n    }\n    team {\n      id\n      name\n    }\n    department {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment LeaderboardEntryFields on LeaderboardEntry {\n    rank\n    points\n    isMe\n    member {\n      id\n      displayName\n      department {\n        id\n        name\n      }\n    }\n    team {\n      id\n      name\n    }\n    department {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LeaderboardSettings {\n    leaderboardSettings {\n      staffVisibleTopN\n    }\n  }\n"): (typeof documents)["\n  query LeaderboardSettings {\n    leaderboardSettings {\n      staffVisibleTopN\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Leaderboard($input: LeaderboardInput!) {\n    leaderboard(input: $input) {\n      subject\n      period\n      scope\n      periodKey\n      totalRanked\n      visibleTopN\n      entries {\n        ...LeaderboardEntryFields\n      }\n      me {\n        ...LeaderboardEntryFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query Leaderboard($input: LeaderboardInput!) {\n    leaderboard(input: $input) {\n      subject\n      period\n      scope\n      periodKey\n      totalRanked\n      visibleTopN\n      entries {\n        ...LeaderboardEntryFields\n      }\n      me {\n        ...LeaderboardEntryFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyLeaderboardVisibility {\n    myLeaderboardVisibility {\n      hidden\n    }\n  }\n"): (typeof documents)["\n  query MyLeaderboardVisibility {\n    myLeaderboardVisibility {\n      hidden\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetLeaderboardVisibility($hidden: Boolean!) {\n    setLeaderboardVisibility(hidden: $hidden) {\n      hidden\n    }\n  }\n"): (typeof documents)["\n  mutation SetLeaderboardVisibility($hidden: Boolean!) {\n    setLeaderboardVisibility(hidden: $hidden) {\n      hidden\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateLeaderboardSettings($input: LeaderboardSettingsInput!) {\n    updateLeaderboardSettings(input: $input) {\n      staffVisibleTopN\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateLeaderboardSettings($input: LeaderboardSettingsInput!) {\n    updateLeaderboardSettings(input: $input) {\n      staffVisibleTopN\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateMember($input: CreateMemberInput!) {\n    createMember(input: $input) {\n      member {\n        ...MemberListFields\n      }\n      temporaryPassword\n    }\n  }\n"): (typeof documents)["\n  mutation CreateMember($input: CreateMemberInput!) {\n    createMember(input: $input) {\n      member {\n        ...MemberListFields\n      }\n      temporaryPassword\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeactivateMember($id: ID!) {\n    deactivateMember(id: $id) {\n      id\n      active\n    }\n  }\n"): (typeof documents)["\n  mutation DeactivateMember($id: ID!) {\n    deactivateMember(id: $id) {\n      id\n      active\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportMembers($fileBase64: String!, $dryRun: Boolean!) {\n    importMembers(fileBase64: $fileBase64, dryRun: $dryRun) {\n      ok\n      dryRun\n      totalRows\n      created\n      updated\n      createdDepartments\n      createdTeams\n      detectedEncoding\n      errors {\n        row\n        column\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ImportMembers($fileBase64: String!, $dryRun: Boolean!) {\n    importMembers(fileBase64: $fileBase64, dryRun: $dryRun) {\n      ok\n      dryRun\n      totalRows\n      created\n      updated\n      createdDepartments\n      createdTeams\n      detectedEncoding\n      errors {\n        row\n        column\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MemberFormOptions {\n    departments {\n      id\n      name\n      parentId\n    }\n    teams {\n      id\n      name\n      departmentId\n    }\n  }\n"): (typeof documents)["\n  query MemberFormOptions {\n    departments {\n      id\n      name\n      parentId\n    }\n    teams {\n      id\n      name\n      departmentId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MemberListFields on Member {\n    id\n    email\n    displayName\n    nameReading\n    employeeNumber\n    departmentId\n    department {\n      id\n      name\n      parent {\n        id\n        name\n      }\n    }\n    teams {\n      id\n      name\n    }\n    roles\n    active\n    joinedOn\n    locale\n  }\n"): (typeof documents)["\n  fragment MemberListFields on Member {\n    id\n    email\n    displayName\n    nameReading\n    employeeNumber\n    departmentId\n    department {\n      id\n      name\n      parent {\n        id\n        name\n      }\n    }\n    teams {\n      id\n      name\n    }\n    roles\n    active\n    joinedOn\n    locale\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Members($filter: MemberFilter, $first: Int!, $after: String) {\n    members(filter: $filter, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...MemberListFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query Members($filter: MemberFilter, $first: Int!, $after: String) {\n    members(filter: $filter, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...MemberListFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReactivateMember($id: ID!) {\n    reactivateMember(id: $id) {\n      id\n      active\n    }\n  }\n"): (typeof documents)["\n  mutation ReactivateMember($id: ID!) {\n    reactivateMember(id: $id) {\n      id\n      active\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetMemberPassword($id: ID!) {\n    resetMemberPassword(id: $id)\n  }\n"): (typeof documents)["\n  mutation ResetMemberPassword($id: ID!) {\n    resetMemberPassword(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMember($id: ID!, $input: UpdateMemberInput!) {\n    updateMember(id: $id, input: $input) {\n      ...MemberListFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMember($id: ID!, $input: UpdateMemberInput!) {\n    updateMember(id: $id, input: $input) {\n      ...MemberListFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganizationSettings {\n    organization {\n      id\n      slug\n      name\n      timeZone\n      fiscalYearStartMonth\n      locale\n    }\n  }\n"): (typeof documents)["\n  query OrganizationSettings {\n    organization {\n      id\n      slug\n      name\n      timeZone\n      fiscalYearStartMonth\n      locale\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateOrganization($input: UpdateOrganizationInput!) {\n    updateOrganization(input: $input) {\n      id\n      slug\n      name\n      timeZone\n      fiscalYearStartMonth\n      locale\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateOrganization($input: UpdateOrganizationInput!) {\n    updateOrganization(input: $input) {\n      id\n      slug\n      name\n      timeZone\n      fiscalYearStartMonth\n      locale\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LevelThresholds {\n    levelThresholds {\n      key\n      name\n      minPoints\n    }\n  }\n"): (typeof documents)["\n  query LevelThresholds {\n    levelThresholds {\n      key\n      name\n      minPoints\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyPointsSummary {\n    myPoints {\n      totals {\n        kind\n        key\n        label\n        points\n      }\n      level {\n        key\n        name\n        minPoints\n        nextName\n        pointsToNext\n        progress\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyPointsSummary {\n    myPoints {\n      totals {\n        kind\n        key\n        label\n        points\n      }\n      level {\n        key\n        name\n        minPoints\n        nextName\n        pointsToNext\n        progress\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PointHistoryEntryFields on PointHistoryEntry {\n    id\n    points\n    kind\n    category\n    description\n    occurredAt\n    sourceType\n    sourceId\n    reversesEntryId\n    reason\n    ruleVersion\n  }\n"): (typeof documents)["\n  fragment PointHistoryEntryFields on PointHistoryEntry {\n    id\n    points\n    kind\n    category\n    description\n    occurredAt\n    sourceType\n    sourceId\n    reversesEntryId\n    reason\n    ruleVersion\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PointHistory($first: Int!, $after: String) {\n    myPoints {\n      history(first: $first, after: $after) {\n        edges {\n          cursor\n          node {\n            ...PointHistoryEntryFields\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PointHistory($first: Int!, $after: String) {\n    myPoints {\n      history(first: $first, after: $after) {\n        edges {\n          cursor\n          node {\n            ...PointHistoryEntryFields\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PointRuleSetFields on PointRuleSetModel {\n    version\n    rules {\n      kind\n      label\n      category\n      points\n      dailyCap\n    }\n  }\n"): (typeof documents)["\n  fragment PointRuleSetFields on PointRuleSetModel {\n    version\n    rules {\n      kind\n      label\n      category\n      points\n      dailyCap\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PointRules {\n    pointRules {\n      ...PointRuleSetFields\n    }\n  }\n"): (typeof documents)["\n  query PointRules {\n    pointRules {\n      ...PointRuleSetFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateLevelThresholds($minPoints: [Int!]!) {\n    updateLevelThresholds(minPoints: $minPoints) {\n      key\n      name\n      minPoints\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateLevelThresholds($minPoints: [Int!]!) {\n    updateLevelThresholds(minPoints: $minPoints) {\n      key\n      name\n      minPoints\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePointRules($input: [PointRuleInput!]!) {\n    updatePointRules(input: $input) {\n      ...PointRuleSetFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdatePointRules($input: [PointRuleInput!]!) {\n    updatePointRules(input: $input) {\n      ...PointRuleSetFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CommentOnFeedItem($itemId: ID!, $body: String!) {\n    commentOnFeedItem(itemId: $itemId, body: $body) {\n      id\n      body\n      createdAt\n      author {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CommentOnFeedItem($itemId: ID!, $body: String!) {\n    commentOnFeedItem(itemId: $itemId, body: $body) {\n      id\n      body\n      createdAt\n      author {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateRecognitionValue($label: String!, $labelEn: String) {\n    createRecognitionValue(label: $label, labelEn: $labelEn) {\n      id\n      label\n      labelEn\n      position\n      archived\n    }\n  }\n"): (typeof documents)["\n  mutation CreateRecognitionValue($label: String!, $labelEn: String) {\n    createRecognitionValue(label: $label, labelEn: $labelEn) {\n      id\n      label\n      labelEn\n      position\n      archived\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription FeedItemAdded {\n    feedItemAdded {\n      ...FeedItemFields\n    }\n  }\n"): (typeof documents)["\n  subscription FeedItemAdded {\n    feedItemAdded {\n      ...FeedItemFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FeedItemComments($id: ID!, $last: Int!) {\n    feedItem(id: $id) {\n      id\n      commentCount\n      comments(last: $last) {\n        id\n        body\n        createdAt\n        author {\n          id\n          displayName\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query FeedItemComments($id: ID!, $last: Int!) {\n    feedItem(id: $id) {\n      id\n      commentCount\n      comments(last: $last) {\n        id\n        body\n        createdAt\n        author {\n          id\n          displayName\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FeedItemFields on FeedItem {\n    id\n    type\n    createdAt\n    actor {\n      ...FeedMemberFields\n    }\n    subject {\n      ...FeedMemberFields\n    }\n    kudos {\n      id\n      message\n      valueLabel\n      valueLabelEn\n      points\n    }\n    badge {\n      code\n      name\n      nameEn\n      tier\n      points\n    }\n    story {\n      id\n      title\n    }\n    challenge {\n      id\n      title\n      winners {\n        unitType\n        unitId\n        name\n      }\n    }\n    templateMilestone {\n      templateId\n      title\n      reuses\n    }\n    reactions {\n      emoji\n      count\n      reactedByMe\n    }\n    commentCount\n    comments(last: 3) {\n      id\n      body\n      createdAt\n      author {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment FeedItemFields on FeedItem {\n    id\n    type\n    createdAt\n    actor {\n      ...FeedMemberFields\n    }\n    subject {\n      ...FeedMemberFields\n    }\n    kudos {\n      id\n      message\n      valueLabel\n      valueLabelEn\n      points\n    }\n    badge {\n      code\n      name\n      nameEn\n      tier\n      points\n    }\n    story {\n      id\n      title\n    }\n    challenge {\n      id\n      title\n      winners {\n        unitType\n        unitId\n        name\n      }\n    }\n    templateMilestone {\n      templateId\n      title\n      reuses\n    }\n    reactions {\n      emoji\n      count\n      reactedByMe\n    }\n    commentCount\n    comments(last: 3) {\n      id\n      body\n      createdAt\n      author {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FeedMemberFields on Member {\n    id\n    displayName\n    departmentId\n  }\n"): (typeof documents)["\n  fragment FeedMemberFields on Member {\n    id\n    displayName\n    departmentId\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Feed($filter: FeedFilter!, $first: Int!, $after: String) {\n    feed(filter: $filter, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...FeedItemFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query Feed($filter: FeedFilter!, $first: Int!, $after: String) {\n    feed(filter: $filter, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...FeedItemFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GiveKudos($input: GiveKudosInput!) {\n    giveKudos(input: $input) {\n      id\n      points\n      receiver {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation GiveKudos($input: GiveKudosInput!) {\n    giveKudos(input: $input) {\n      id\n      points\n      receiver {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KudosReceiverOptions($search: String, $first: Int!) {\n    members(filter: { search: $search }, first: $first) {\n      edges {\n        node {\n          id\n          displayName\n          nameReading\n          department {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query KudosReceiverOptions($search: String, $first: Int!) {\n    members(filter: { search: $search }, first: $first) {\n      edges {\n        node {\n          id\n          displayName\n          nameReading\n          department {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n"): (typeof documents)["\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationRead($id: ID!) {\n    markNotificationRead(id: $id) {\n      id\n      read\n    }\n  }\n"): (typeof documents)["\n  mutation MarkNotificationRead($id: ID!) {\n    markNotificationRead(id: $id) {\n      id\n      read\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyKudosBudget {\n    myKudosBudget {\n      budget\n      used\n      remaining\n    }\n  }\n"): (typeof documents)["\n  query MyKudosBudget {\n    myKudosBudget {\n      budget\n      used\n      remaining\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription NotificationAdded {\n    notificationAdded {\n      ...NotificationFields\n    }\n  }\n"): (typeof documents)["\n  subscription NotificationAdded {\n    notificationAdded {\n      ...NotificationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NotificationFields on Notification {\n    id\n    type\n    createdAt\n    read\n    actor {\n      id\n      displayName\n    }\n    kudos {\n      id\n      message\n      valueLabel\n      valueLabelEn\n      points\n    }\n    badge {\n      code\n      name\n      nameEn\n      tier\n      points\n    }\n    story {\n      id\n      title\n      comment\n    }\n    challenge {\n      id\n      title\n      winners {\n        unitType\n        unitId\n        name\n      }\n    }\n    templateMilestone {\n      templateId\n      title\n      reuses\n    }\n    appeal {\n      appealId\n      outcome\n      points\n    }\n  }\n"): (typeof documents)["\n  fragment NotificationFields on Notification {\n    id\n    type\n    createdAt\n    read\n    actor {\n      id\n      displayName\n    }\n    kudos {\n      id\n      message\n      valueLabel\n      valueLabelEn\n      points\n    }\n    badge {\n      code\n      name\n      nameEn\n      tier\n      points\n    }\n    story {\n      id\n      title\n      comment\n    }\n    challenge {\n      id\n      title\n      winners {\n        unitType\n        unitId\n        name\n      }\n    }\n    templateMilestone {\n      templateId\n      title\n      reuses\n    }\n    appeal {\n      appealId\n      outcome\n      points\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Notifications($first: Int!, $after: String) {\n    notifications(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...NotificationFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query Notifications($first: Int!, $after: String) {\n    notifications(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...NotificationFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReactToFeedItem($itemId: ID!, $emoji: String!) {\n    reactToFeedItem(itemId: $itemId, emoji: $emoji) {\n      id\n      reactions {\n        emoji\n        count\n        reactedByMe\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ReactToFeedItem($itemId: ID!, $emoji: String!) {\n    reactToFeedItem(itemId: $itemId, emoji: $emoji) {\n      id\n      reactions {\n        emoji\n        count\n        reactedByMe\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RecognitionAdminSettings {\n    recognitionValues(includeArchived: true) {\n      id\n      label\n      labelEn\n      position\n      archived\n    }\n    recognitionSettings {\n      monthlyKudosBudget\n    }\n  }\n"): (typeof documents)["\n  query RecognitionAdminSettings {\n    recognitionValues(includeArchived: true) {\n      id\n      label\n      labelEn\n      position\n      archived\n    }\n    recognitionSettings {\n      monthlyKudosBudget\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RecognitionValues {\n    recognitionValues {\n      id\n      label\n      labelEn\n      position\n    }\n  }\n"): (typeof documents)["\n  query RecognitionValues {\n    recognitionValues {\n      id\n      label\n      labelEn\n      position\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RenameRecognitionValue($id: ID!, $label: String!, $labelEn: String) {\n    renameRecognitionValue(id: $id, label: $label, labelEn: $labelEn) {\n      id\n      label\n      labelEn\n      position\n      archived\n    }\n  }\n"): (typeof documents)["\n  mutation RenameRecognitionValue($id: ID!, $label: String!, $labelEn: String) {\n    renameRecognitionValue(id: $id, label: $label, labelEn: $labelEn) {\n      id\n      label\n      labelEn\n      position\n      archived\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReorderRecognitionValues($ids: [ID!]!) {\n    reorderRecognitionValues(ids: $ids) {\n      id\n      position\n    }\n  }\n"): (typeof documents)["\n  mutation ReorderRecognitionValues($ids: [ID!]!) {\n    reorderRecognitionValues(ids: $ids) {\n      id\n      position\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReverseKudos($id: ID!, $reason: String!) {\n    reverseKudos(id: $id, reason: $reason) {\n      id\n      reversedAt\n    }\n  }\n"): (typeof documents)["\n  mutation ReverseKudos($id: ID!, $reason: String!) {\n    reverseKudos(id: $id, reason: $reason) {\n      id\n      reversedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetRecognitionValueArchived($id: ID!, $archived: Boolean!) {\n    setRecognitionValueArchived(id: $id, archived: $archived) {\n      id\n      archived\n    }\n  }\n"): (typeof documents)["\n  mutation SetRecognitionValueArchived($id: ID!, $archived: Boolean!) {\n    setRecognitionValueArchived(id: $id, archived: $archived) {\n      id\n      archived\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n"): (typeof documents)["\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateRecognitionSettings($monthlyKudosBudget: Int!) {\n    updateRecognitionSettings(monthlyKudosBudget: $monthlyKudosBudget) {\n      monthlyKudosBudget\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateRecognitionSettings($monthlyKudosBudget: Int!) {\n    updateRecognitionSettings(monthlyKudosBudget: $monthlyKudosBudget) {\n      monthlyKudosBudget\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Search(\n    $query: String!\n    $types: [SearchDocType!]\n    $tag: String\n    $departmentId: ID\n    $first: Int!\n    $after: String\n  ) {\n    search(\n      query: $query\n      types: $types\n      tag: $tag\n      departmentId: $departmentId\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      hits {\n        type\n        id\n        title\n        titleHighlights {\n          start\n          end\n        }\n        snippet {\n          text\n          highlights {\n            start\n            end\n          }\n        }\n        tags\n        score\n        popularity\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query Search(\n    $query: String!\n    $types: [SearchDocType!]\n    $tag: String\n    $departmentId: ID\n    $first: Int!\n    $after: String\n  ) {\n    search(\n      query: $query\n      types: $types\n      tag: $tag\n      departmentId: $departmentId\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      hits {\n        type\n        id\n        title\n        titleHighlights {\n          start\n          end\n        }\n        snippet {\n          text\n          highlights {\n            start\n            end\n          }\n        }\n        tags\n        score\n        popularity\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveSuccessStory($id: ID!, $comment: String) {\n    approveSuccessStory(id: $id, comment: $comment) {\n      ...StoryDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation ApproveSuccessStory($id: ID!, $comment: String) {\n    approveSuccessStory(id: $id, comment: $comment) {\n      ...StoryDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateSuccessStory($input: SuccessStoryInput!) {\n    createSuccessStory(input: $input) {\n      ...StoryDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateSuccessStory($input: SuccessStoryInput!) {\n    createSuccessStory(input: $input) {\n      ...StoryDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyHoursSaved {\n    me {\n      id\n      hoursSavedPerMonth\n    }\n  }\n"): (typeof documents)["\n  query MyHoursSaved {\n    me {\n      id\n      hoursSavedPerMonth\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReturnSuccessStory($id: ID!, $comment: String!) {\n    returnSuccessStory(id: $id, comment: $comment) {\n      ...StoryDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReturnSuccessStory($id: ID!, $comment: String!) {\n    returnSuccessStory(id: $id, comment: $comment) {\n      ...StoryDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StoryCardFields on SuccessStory {\n    id\n    title\n    improved\n    status\n    hoursSavedPerMonth\n    submittedAt\n    approvedAt\n    updatedAt\n    author {\n      id\n      displayName\n      department {\n        id\n        name\n      }\n    }\n    templates {\n      id\n      title\n    }\n  }\n"): (typeof documents)["\n  fragment StoryCardFields on SuccessStory {\n    id\n    title\n    improved\n    status\n    hoursSavedPerMonth\n    submittedAt\n    approvedAt\n    updatedAt\n    author {\n      id\n      displayName\n      department {\n        id\n        name\n      }\n    }\n    templates {\n      id\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StoryDetailFields on SuccessStory {\n    ...StoryCardFields\n    howMarkdown\n    minutesBefore\n    minutesAfter\n    occurrencesPerMonth\n    qualityNote\n    reviewComment\n    reviewedAt\n    createdAt\n    canEdit\n    canReview\n    reviewer {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  fragment StoryDetailFields on SuccessStory {\n    ...StoryCardFields\n    howMarkdown\n    minutesBefore\n    minutesAfter\n    occurrencesPerMonth\n    qualityNote\n    reviewComment\n    reviewedAt\n    createdAt\n    canEdit\n    canReview\n    reviewer {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitSuccessStory($id: ID!, $confirmFlags: Boolean! = false) {\n    submitSuccessStory(id: $id, confirmFlags: $confirmFlags) {\n      ...StoryDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitSuccessStory($id: ID!, $confirmFlags: Boolean! = false) {\n    submitSuccessStory(id: $id, confirmFlags: $confirmFlags) {\n      ...StoryDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SuccessStories($filter: SuccessStoryFilter, $first: Int!, $after: String) {\n    successStories(filter: $filter, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...StoryCardFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query SuccessStories($filter: SuccessStoryFilter, $first: Int!, $after: String) {\n    successStories(filter: $filter, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...StoryCardFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SuccessStory($id: ID!) {\n    successStory(id: $id) {\n      ...StoryDetailFields\n    }\n  }\n"): (typeof documents)["\n  query SuccessStory($id: ID!) {\n    successStory(id: $id) {\n      ...StoryDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSuccessStory($id: ID!, $input: SuccessStoryInput!) {\n    updateSuccessStory(id: $id, input: $input) {\n      ...StoryDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateSuccessStory($id: ID!, $input: SuccessStoryInput!) {\n    updateSuccessStory(id: $id, input: $input) {\n      ...StoryDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawSuccessStory($id: ID!) {\n    withdrawSuccessStory(id: $id) {\n      ...StoryDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation WithdrawSuccessStory($id: ID!) {\n    withdrawSuccessStory(id: $id) {\n      ...StoryDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateDepartment($input: DepartmentInput!) {\n    createDepartment(input: $input) {\n      id\n      name\n      parentId\n      memberCount\n    }\n  }\n"): (typeof documents)["\n  mutation CreateDepartment($input: DepartmentInput!) {\n    createDepartment(input: $input) {\n      id\n      name\n      parentId\n      memberCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateTeam($input: TeamInput!) {\n    createTeam(input: $input) {\n      id\n      name\n      departmentId\n      memberCount\n    }\n  }\n"): (typeof documents)["\n  mutation CreateTeam($input: TeamInput!) {\n    createTeam(input: $input) {\n      id\n      name\n      departmentId\n      memberCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteDepartment($id: ID!) {\n    deleteDepartment(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteDepartment($id: ID!) {\n    deleteDepartment(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteTeam($id: ID!) {\n    deleteTeam(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteTeam($id: ID!) {\n    deleteTeam(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Structure {\n    departments {\n      id\n      name\n      parentId\n      memberCount\n      children {\n        id\n        name\n        parentId\n        memberCount\n      }\n    }\n    teams {\n      id\n      name\n      departmentId\n      memberCount\n    }\n  }\n"): (typeof documents)["\n  query Structure {\n    departments {\n      id\n      name\n      parentId\n      memberCount\n      children {\n        id\n        name\n        parentId\n        memberCount\n      }\n    }\n    teams {\n      id\n      name\n      departmentId\n      memberCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateDepartment($id: ID!, $input: DepartmentInput!) {\n    updateDepartment(id: $id, input: $input) {\n      id\n      name\n      parentId\n      memberCount\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateDepartment($id: ID!, $input: DepartmentInput!) {\n    updateDepartment(id: $id, input: $input) {\n      id\n      name\n      parentId\n      memberCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateTeam($id: ID!, $input: TeamInput!) {\n    updateTeam(id: $id, input: $input) {\n      id\n      name\n      departmentId\n      memberCount\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateTeam($id: ID!, $input: TeamInput!) {\n    updateTeam(id: $id, input: $input) {\n      id\n      name\n      departmentId\n      memberCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveTemplate($id: ID!) {\n    archiveTemplate(id: $id) {\n      ...TemplateDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation ArchiveTemplate($id: ID!) {\n    archiveTemplate(id: $id) {\n      ...TemplateDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateTemplateCategory($name: String!) {\n    createTemplateCategory(name: $name) {\n      id\n      name\n      sortOrder\n    }\n  }\n"): (typeof documents)["\n  mutation CreateTemplateCategory($name: String!) {\n    createTemplateCategory(name: $name) {\n      id\n      name\n      sortOrder\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateTemplate($input: CreateTemplateInput!) {\n    createTemplate(input: $input) {\n      ...TemplateDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateTemplate($input: CreateTemplateInput!) {\n    createTemplate(input: $input) {\n      ...TemplateDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteTemplateCategory($id: ID!) {\n    deleteTemplateCategory(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteTemplateCategory($id: ID!) {\n    deleteTemplateCategory(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ForkTemplate($id: ID!, $idempotencyKey: String!) {\n    forkTemplate(id: $id, idempotencyKey: $idempotencyKey) {\n      ...TemplateDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation ForkTemplate($id: ID!, $idempotencyKey: String!) {\n    forkTemplate(id: $id, idempotencyKey: $idempotencyKey) {\n      ...TemplateDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishTemplate($id: ID!, $confirmFlags: Boolean! = false) {\n    publishTemplate(id: $id, confirmFlags: $confirmFlags) {\n      ...TemplateDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation PublishTemplate($id: ID!, $confirmFlags: Boolean! = false) {\n    publishTemplate(id: $id, confirmFlags: $confirmFlags) {\n      ...TemplateDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordTemplateReuse(\n    $templateId: ID!\n    $idempotencyKey: String!\n    $values: [PlaceholderValueInput!]\n  ) {\n    recordTemplateReuse(templateId: $templateId, idempotencyKey: $idempotencyKey, values: $values) {\n      counted\n      reuseCount\n      colleagueCount\n    }\n  }\n"): (typeof documents)["\n  mutation RecordTemplateReuse(\n    $templateId: ID!\n    $idempotencyKey: String!\n    $values: [PlaceholderValueInput!]\n  ) {\n    recordTemplateReuse(templateId: $templateId, idempotencyKey: $idempotencyKey, values: $values) {\n      counted\n      reuseCount\n      colleagueCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RenameTemplateCategory($id: ID!, $name: String!) {\n    renameTemplateCategory(id: $id, name: $name) {\n      id\n      name\n      sortOrder\n    }\n  }\n"): (typeof documents)["\n  mutation RenameTemplateCategory($id: ID!, $name: String!) {\n    renameTemplateCategory(id: $id, name: $name) {\n      id\n      name\n      sortOrder\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TemplateCardFields on PromptTemplate {\n    id\n    title\n    description\n    kind\n    targetTool\n    status\n    reuseCount\n    colleagueCount\n    hoursSavedPerMonth\n    updatedAt\n    category {\n      id\n      name\n    }\n    author {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  fragment TemplateCardFields on PromptTemplate {\n    id\n    title\n    description\n    kind\n    targetTool\n    status\n    reuseCount\n    colleagueCount\n    hoursSavedPerMonth\n    updatedAt\n    category {\n      id\n      name\n    }\n    author {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TemplateCategories {\n    templateCategories {\n      id\n      name\n      sortOrder\n    }\n  }\n"): (typeof documents)["\n  query TemplateCategories {\n    templateCategories {\n      id\n      name\n      sortOrder\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TemplateDetailFields on PromptTemplate {\n    ...TemplateCardFields\n    body\n    canEdit\n    forkCount\n    createdAt\n    placeholders {\n      name\n      defaultValue\n      hint\n    }\n    author {\n      id\n      displayName\n      department {\n        id\n        name\n      }\n    }\n    forkedFrom {\n      id\n      title\n      author {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment TemplateDetailFields on PromptTemplate {\n    ...TemplateCardFields\n    body\n    canEdit\n    forkCount\n    createdAt\n    placeholders {\n      name\n      defaultValue\n      hint\n    }\n    author {\n      id\n      displayName\n      department {\n        id\n        name\n      }\n    }\n    forkedFrom {\n      id\n      title\n      author {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TemplateOptionSearch($query: String!) {\n    search(query: $query, types: [TEMPLATE], first: 20) {\n      hits {\n        id\n        title\n      }\n    }\n  }\n"): (typeof documents)["\n  query TemplateOptionSearch($query: String!) {\n    search(query: $query, types: [TEMPLATE], first: 20) {\n      hits {\n        id\n        title\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TemplateOptions($first: Int!) {\n    templates(orderBy: MOST_REUSED, first: $first) {\n      edges {\n        node {\n          id\n          title\n          category {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TemplateOptions($first: Int!) {\n    templates(orderBy: MOST_REUSED, first: $first) {\n      edges {\n        node {\n          id\n          title\n          category {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Template($id: ID!) {\n    template(id: $id) {\n      ...TemplateDetailFields\n    }\n  }\n"): (typeof documents)["\n  query Template($id: ID!) {\n    template(id: $id) {\n      ...TemplateDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Templates(\n    $filter: TemplateFilter\n    $orderBy: TemplateOrderBy!\n    $first: Int!\n    $after: String\n  ) {\n    templates(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...TemplateCardFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query Templates(\n    $filter: TemplateFilter\n    $orderBy: TemplateOrderBy!\n    $first: Int!\n    $after: String\n  ) {\n    templates(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...TemplateCardFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateTemplate($id: ID!, $input: UpdateTemplateInput!, $confirmFlags: Boolean! = false) {\n    updateTemplate(id: $id, input: $input, confirmFlags: $confirmFlags) {\n      ...TemplateDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateTemplate($id: ID!, $input: UpdateTemplateInput!, $confirmFlags: Boolean! = false) {\n    updateTemplate(id: $id, input: $input, confirmFlags: $confirmFlags) {\n      ...TemplateDetailFields\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;