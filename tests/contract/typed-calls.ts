import type { Client } from 'openapi-fetch';
import type { operations, paths } from './api-types.ts';

type JsonBodyOf<Operation> = Operation extends { requestBody: { content: { 'application/json': infer Body } } } ? Body : never;
type OperationsWithBody = { [Name in keyof operations]: JsonBodyOf<operations[Name]> extends never ? never : Name }[keyof operations];

/** What the calls need from the caller: an id for the path, and a body of the documented type for each operation that takes one. */
export interface CallInput {
  id: string;
  body: { [Name in OperationsWithBody]: JsonBodyOf<operations[Name]> };
}

/**
 * One call per operation of the served document, through a client generated from it
 * (openapi-typescript types, openapi-fetch). `satisfies` makes the compiler refuse a missing
 * operation; `pnpm typecheck` refuses a call the document does not allow.
 */
export function typedCalls(client: Client<paths>) {
  return {
    getHealth: () => client.GET('/health'),
    getReady: () => client.GET('/ready'),
    postAuthRegister: (input: CallInput) => client.POST('/api/v1/auth/register', { body: input.body.postAuthRegister }),
    postAuthVerifyEmail: (input: CallInput) => client.POST('/api/v1/auth/verify-email', { body: input.body.postAuthVerifyEmail }),
    postAuthVerifyEmailResend: () => client.POST('/api/v1/auth/verify-email/resend'),
    postAuthPasswordReset: (input: CallInput) => client.POST('/api/v1/auth/password-reset', { body: input.body.postAuthPasswordReset }),
    postAuthPassword: (input: CallInput) => client.POST('/api/v1/auth/password', { body: input.body.postAuthPassword }),
    postAuthSignIn: (input: CallInput) => client.POST('/api/v1/auth/sign-in', { body: input.body.postAuthSignIn }),
    postAuthSecondFactorSetup: () => client.POST('/api/v1/auth/second-factor/setup'),
    postAuthSecondFactorEnable: (input: CallInput) => client.POST('/api/v1/auth/second-factor/enable', { body: input.body.postAuthSecondFactorEnable }),
    postAuthSecondFactor: (input: CallInput) => client.POST('/api/v1/auth/second-factor', { body: input.body.postAuthSecondFactor }),
    postAuthRefresh: () => client.POST('/api/v1/auth/refresh'),
    postAuthSignOut: () => client.POST('/api/v1/auth/sign-out'),
    getMe: () => client.GET('/api/v1/me'),
    patchMe: (input: CallInput) => client.PATCH('/api/v1/me', { body: input.body.patchMe }),
    getOrganisations: () => client.GET('/api/v1/organisations'),
    getOrganisationsById: (input: CallInput) => client.GET('/api/v1/organisations/{id}', { params: { path: { id: input.id } } }),
    patchOrganisationsById: (input: CallInput) =>
      client.PATCH('/api/v1/organisations/{id}', { params: { path: { id: input.id } }, body: input.body.patchOrganisationsById }),
    getMyShortlist: () => client.GET('/api/v1/my/shortlist'),
    putMyShortlistByKindById: (input: CallInput) => client.PUT('/api/v1/my/shortlist/{kind}/{id}', { params: { path: { kind: 'lab', id: input.id } } }),
    deleteMyShortlistByKindById: (input: CallInput) => client.DELETE('/api/v1/my/shortlist/{kind}/{id}', { params: { path: { kind: 'lab', id: input.id } } }),
    getMySavedSearches: () => client.GET('/api/v1/my/saved-searches'),
    postMySavedSearches: (input: CallInput) => client.POST('/api/v1/my/saved-searches', { body: input.body.postMySavedSearches }),
    patchMySavedSearchesById: (input: CallInput) =>
      client.PATCH('/api/v1/my/saved-searches/{id}', { params: { path: { id: input.id } }, body: input.body.patchMySavedSearchesById }),
    deleteMySavedSearchesById: (input: CallInput) => client.DELETE('/api/v1/my/saved-searches/{id}', { params: { path: { id: input.id } } }),
    postSavedSearchesUnsubscribe: (input: CallInput) => client.POST('/api/v1/saved-searches/unsubscribe', { body: input.body.postSavedSearchesUnsubscribe }),
    getOrganisationsByIdListings: (input: CallInput) => client.GET('/api/v1/organisations/{id}/listings', { params: { path: { id: input.id } } }),
    getOrganisationsByIdMembers: (input: CallInput) => client.GET('/api/v1/organisations/{id}/members', { params: { path: { id: input.id } } }),
    deleteOrganisationsByIdMembersByUserId: (input: CallInput) =>
      client.DELETE('/api/v1/organisations/{id}/members/{userId}', { params: { path: { id: input.id, userId: input.id } } }),
    postOrganisationsByIdInvitations: (input: CallInput) =>
      client.POST('/api/v1/organisations/{id}/invitations', { params: { path: { id: input.id } }, body: input.body.postOrganisationsByIdInvitations }),
    getAdminOrganisations: () => client.GET('/api/v1/admin/organisations'),
    putAdminOrganisationsByIdVerification: (input: CallInput) =>
      client.PUT('/api/v1/admin/organisations/{id}/verification', {
        params: { path: { id: input.id } },
        body: input.body.putAdminOrganisationsByIdVerification,
      }),
    getAdminUsers: () => client.GET('/api/v1/admin/users'),
    postAdminUsers: (input: CallInput) => client.POST('/api/v1/admin/users', { body: input.body.postAdminUsers }),
    patchAdminUsersById: (input: CallInput) =>
      client.PATCH('/api/v1/admin/users/{id}', { params: { path: { id: input.id } }, body: input.body.patchAdminUsersById }),
    putAdminOrganisationsByIdDomain: (input: CallInput) =>
      client.PUT('/api/v1/admin/organisations/{id}/domain', { params: { path: { id: input.id } }, body: input.body.putAdminOrganisationsByIdDomain }),
    getAdminJoinRequests: () => client.GET('/api/v1/admin/join-requests'),
    postAdminJoinRequestsByIdDecision: (input: CallInput) =>
      client.POST('/api/v1/admin/join-requests/{id}/decision', { params: { path: { id: input.id } }, body: input.body.postAdminJoinRequestsByIdDecision }),
    getAdminAuditLog: () => client.GET('/api/v1/admin/audit-log'),
    getTaxonomy: () => client.GET('/api/v1/taxonomy'),
    postAdminTaxonomyCapabilities: (input: CallInput) => client.POST('/api/v1/admin/taxonomy/capabilities', { body: input.body.postAdminTaxonomyCapabilities }),
    postAdminTaxonomyTerritories: (input: CallInput) => client.POST('/api/v1/admin/taxonomy/territories', { body: input.body.postAdminTaxonomyTerritories }),
    getLabs: () => client.GET('/api/v1/labs'),
    postLabs: (input: CallInput) => client.POST('/api/v1/labs', { body: input.body.postLabs }),
    getLabsById: (input: CallInput) => client.GET('/api/v1/labs/{id}', { params: { path: { id: input.id } } }),
    patchLabsById: (input: CallInput) => client.PATCH('/api/v1/labs/{id}', { params: { path: { id: input.id } }, body: input.body.patchLabsById }),
    deleteLabsById: (input: CallInput) => client.DELETE('/api/v1/labs/{id}', { params: { path: { id: input.id } } }),
    getLabsByIdMatches: (input: CallInput) => client.GET('/api/v1/labs/{id}/matches', { params: { path: { id: input.id } } }),
    getLabsByIdStats: (input: CallInput) => client.GET('/api/v1/labs/{id}/stats', { params: { path: { id: input.id }, query: { days: 7 } } }),
    postLabsByIdConfirm: (input: CallInput) => client.POST('/api/v1/labs/{id}/confirm', { params: { path: { id: input.id } } }),
    getMyLabs: () => client.GET('/api/v1/my/labs'),
    getNeeds: () => client.GET('/api/v1/needs'),
    postNeeds: (input: CallInput) => client.POST('/api/v1/needs', { body: input.body.postNeeds }),
    getNeedsById: (input: CallInput) => client.GET('/api/v1/needs/{id}', { params: { path: { id: input.id } } }),
    patchNeedsById: (input: CallInput) => client.PATCH('/api/v1/needs/{id}', { params: { path: { id: input.id } }, body: input.body.patchNeedsById }),
    deleteNeedsById: (input: CallInput) => client.DELETE('/api/v1/needs/{id}', { params: { path: { id: input.id } } }),
    getNeedsByIdMatches: (input: CallInput) => client.GET('/api/v1/needs/{id}/matches', { params: { path: { id: input.id } } }),
    getNeedsByIdStats: (input: CallInput) =>
      client.GET('/api/v1/needs/{id}/stats', { params: { path: { id: input.id }, query: { from: '2026-01-01', to: '2026-01-31' } } }),
    getMyNeeds: () => client.GET('/api/v1/my/needs'),
    postCollaborations: (input: CallInput) => client.POST('/api/v1/collaborations', { body: input.body.postCollaborations }),
    getCollaborations: () => client.GET('/api/v1/collaborations'),
    getCollaborationsById: (input: CallInput) => client.GET('/api/v1/collaborations/{id}', { params: { path: { id: input.id } } }),
    postCollaborationsByIdTransitions: (input: CallInput) =>
      client.POST('/api/v1/collaborations/{id}/transitions', { params: { path: { id: input.id } }, body: input.body.postCollaborationsByIdTransitions }),
    getCollaborationsByIdMessages: (input: CallInput) => client.GET('/api/v1/collaborations/{id}/messages', { params: { path: { id: input.id } } }),
    postCollaborationsByIdMessages: (input: CallInput) =>
      client.POST('/api/v1/collaborations/{id}/messages', { params: { path: { id: input.id } }, body: input.body.postCollaborationsByIdMessages }),
    postQuestions: (input: CallInput) => client.POST('/api/v1/questions', { body: input.body.postQuestions }),
    getQuestions: () => client.GET('/api/v1/questions'),
    getQuestionsById: (input: CallInput) => client.GET('/api/v1/questions/{id}', { params: { path: { id: input.id } } }),
    postQuestionsByIdMessages: (input: CallInput) =>
      client.POST('/api/v1/questions/{id}/messages', { params: { path: { id: input.id } }, body: input.body.postQuestionsByIdMessages }),
    postQuestionsByIdCollaboration: (input: CallInput) =>
      client.POST('/api/v1/questions/{id}/collaboration', { params: { path: { id: input.id } }, body: input.body.postQuestionsByIdCollaboration }),
    getNotifications: () => client.GET('/api/v1/notifications'),
    postNotificationsRead: (input: CallInput) => client.POST('/api/v1/notifications/read', { body: input.body.postNotificationsRead }),
    getAnalyticsSummary: () => client.GET('/api/v1/analytics/summary'),
    getAnalyticsBreakdown: () => client.GET('/api/v1/analytics/breakdown', { params: { query: { by: 'region' } } }),
    getAnalyticsTimeseries: () => client.GET('/api/v1/analytics/timeseries'),
    getPublicIndicators: () => client.GET('/api/v1/public/indicators'),
    getPublicReports: () => client.GET('/api/v1/public/reports'),
    getReports: () => client.GET('/api/v1/reports', { params: { query: { year: 2026 } } }),
    getReportsRegionsByRegionByYear: () => client.GET('/api/v1/reports/regions/{region}/{year}', { params: { path: { region: 'KZ-71', year: 2026 } } }),
    getReportsRegionsByRegionByYearDownload: () =>
      client.GET('/api/v1/reports/regions/{region}/{year}/download', { params: { path: { region: 'KZ-71', year: 2026 } } }),
    putReportsRegionsByRegionByYearNarrative: (input: CallInput) =>
      client.PUT('/api/v1/reports/regions/{region}/{year}/narrative', {
        params: { path: { region: 'KZ-71', year: 2026 } },
        body: input.body.putReportsRegionsByRegionByYearNarrative,
      }),
    postReportsRegionsByRegionByYearSubmit: () =>
      client.POST('/api/v1/reports/regions/{region}/{year}/submit', { params: { path: { region: 'KZ-71', year: 2026 } } }),
    getReportsNationalByYear: () => client.GET('/api/v1/reports/national/{year}', { params: { path: { year: 2026 } } }),
    getReportsNationalByYearDownload: () => client.GET('/api/v1/reports/national/{year}/download', { params: { path: { year: 2026 } } }),
    putReportsNationalByYearNarrative: (input: CallInput) =>
      client.PUT('/api/v1/reports/national/{year}/narrative', { params: { path: { year: 2026 } }, body: input.body.putReportsNationalByYearNarrative }),
    postReportsNationalByYearPublish: () => client.POST('/api/v1/reports/national/{year}/publish', { params: { path: { year: 2026 } } }),
  } satisfies Record<keyof operations, (input: CallInput) => Promise<unknown>>;
}
