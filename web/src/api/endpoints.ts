import { z } from 'zod';
import {
  analyticsBreakdownSchema,
  analyticsSummarySchema,
  analyticsTimeseriesSchema,
  collaborationSchema,
  joinRequestSchema,
  labHitSchema,
  labMatchesSchema,
  listingStatsSchema,
  type ListingKind,
  labSchema,
  meSchema,
  memberSchema,
  needHitSchema,
  needMatchesSchema,
  needSchema,
  needViewSchema,
  notificationListSchema,
  openIndicatorsSchema,
  organisationAdminSchema,
  organisationDetailSchema,
  organisationListingsSchema,
  shortlistSchema,
  savedSearchListSchema,
  savedSearchSchema,
  unsubscribedSchema,
  type createSavedSearchSchema,
  type updateSavedSearchSchema,
  type ShortlistKind,
  organisationPublicSchema,
  pageOf,
  publishedReportListSchema,
  readinessSchema,
  recoveryCodesSchema,
  registrationOutcomeSchema,
  reportListSchema,
  reportSchema,
  searchResultSchema,
  secondFactorSetupSchema,
  sessionSchema,
  taxonomySchema,
  userSchema,
  type OrganisationKind,
  type createCollaborationSchema,
  createLabSchema,
  createNeedSchema,
  type createStaffAccountSchema,
  type narrativeInputSchema,
  type secondFactorProofSchema,
  updateLabSchema,
  type updateMeSchema,
  updateNeedSchema,
  type verificationRequestSchema,
  signInRequestSchema,
  registerRequestSchema,
  type verifyEmailSchema,
  type passwordResetRequestSchema,
  type setPasswordSchema,
  type secondFactorCodeSchema,
  type invitationRequestSchema,
  type joinDecisionSchema,
  collaborationTransitionSchema,
  type Locale,
  askQuestionSchema,
  type collaborationFromQuestionSchema,
  messageListSchema,
  messageSchema,
  type postMessageSchema,
  questionListSchema,
  questionSchema,
} from '@kopir/shared';
import { download, type ApiCall } from './client.ts';

/** What a request body may be: the input of the schema the server checks it with. */
type Body<S extends z.ZodType> = z.input<S>;
/**
 * A catalogue body as the editors hold it: taxonomy codes are strings, as the taxonomy endpoint
 * gives them, and the server checks each against the taxonomy.
 */
type WithCodes<T> = { [K in keyof T]: K extends 'sectors' | 'researchFields' | 'capabilities' ? Exclude<T[K], readonly unknown[]> | string[] : T[K] };

/** A transition as its form holds it: the reason chosen in a select is a string until the schema checks it. */
type WithReasonCode<T> = T extends { reasonCode: unknown } ? Omit<T, 'reasonCode'> & { reasonCode: string } : T;

const call =
  (method: ApiCall<unknown>['method']) =>
  <T>(path: string, schema: z.ZodType<T> | null, body?: unknown): ApiCall<T> => ({ method, path, schema, ...(body !== undefined && { body }) });
const get = call('GET');
const post = call('POST');
const put = call('PUT');
const patch = call('PATCH');
const remove = call('DELETE');
/** The same call, checked first against the schema the server checks its body with. */
const checkedBy = <T>(schema: z.ZodType, apiCall: ApiCall<T>): ApiCall<T> => ({ ...apiCall, checks: schema });
const items = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item) });
const v1 = '/api/v1';
const reportPath = (regionCode: string | null, year: number) => (regionCode ? `${v1}/reports/regions/${regionCode}/${year}` : `${v1}/reports/national/${year}`);

/**
 * Every endpoint of the API the web calls, typed by the shared schemas: the request body by the
 * schema the server checks it with, the answer by the schema the server answers with. Each
 * returns a call to hand to `send` (an action) or `useApi` (data a page shows).
 */
export const endpoints = {
  readiness: () => ({ ...get('/ready', readinessSchema), answers: [503] }),
  taxonomy: () => get(`${v1}/taxonomy`, taxonomySchema),

  me: () => get(`${v1}/me`, meSchema),
  updateMe: (body: Body<typeof updateMeSchema>) => patch(`${v1}/me`, meSchema, body),
  auth: {
    refresh: () => post(`${v1}/auth/refresh`, sessionSchema),
    signIn: (body: Body<typeof signInRequestSchema>) => checkedBy(signInRequestSchema, post(`${v1}/auth/sign-in`, sessionSchema, body)),
    register: (body: Body<typeof registerRequestSchema>) =>
      checkedBy(registerRequestSchema, post(`${v1}/auth/register`, sessionSchema.or(registrationOutcomeSchema), body)),
    verifyEmail: (body: Body<typeof verifyEmailSchema>) => post(`${v1}/auth/verify-email`, sessionSchema, body),
    resendVerification: () => post(`${v1}/auth/verify-email/resend`, null),
    signOut: () => post(`${v1}/auth/sign-out`, null),
    requestPasswordReset: (body: Body<typeof passwordResetRequestSchema>) => post(`${v1}/auth/password-reset`, null, body),
    setPassword: (body: Body<typeof setPasswordSchema>) => post(`${v1}/auth/password`, null, body),
    startSecondFactorSetup: () => post(`${v1}/auth/second-factor/setup`, secondFactorSetupSchema),
    enableSecondFactor: (body: Body<typeof secondFactorCodeSchema>) => post(`${v1}/auth/second-factor/enable`, recoveryCodesSchema, body),
    giveSecondFactor: (body: Body<typeof secondFactorProofSchema>) => post(`${v1}/auth/second-factor`, null, body),
  },

  searchLabs: (params: URLSearchParams) => get(`${v1}/labs?${params}`, searchResultSchema(labHitSchema)),
  searchNeeds: (params: URLSearchParams) => get(`${v1}/needs?${params}`, searchResultSchema(needHitSchema)),
  lab: (id: string) => get(`${v1}/labs/${id}`, labSchema),
  myLabs: () => get(`${v1}/my/labs`, items(labSchema)),
  createLab: (body: WithCodes<Body<typeof createLabSchema>>) => checkedBy(createLabSchema, post(`${v1}/labs`, labSchema, body)),
  updateLab: (id: string, body: WithCodes<Body<typeof updateLabSchema>>) => checkedBy(updateLabSchema, patch(`${v1}/labs/${id}`, labSchema, body)),
  /** Says a stale lab is still current, without editing it. */
  confirmLab: (id: string) => post(`${v1}/labs/${id}/confirm`, labSchema),
  /** A need as its reader may see it: in full, or (confidential, not one's own) its public fields. */
  need: (id: string) => get(`${v1}/needs/${id}`, needViewSchema),
  myNeeds: () => get(`${v1}/my/needs`, items(needSchema)),
  createNeed: (body: WithCodes<Body<typeof createNeedSchema>>) => checkedBy(createNeedSchema, post(`${v1}/needs`, needSchema, body)),
  updateNeed: (id: string, body: WithCodes<Body<typeof updateNeedSchema>>) => checkedBy(updateNeedSchema, patch(`${v1}/needs/${id}`, needSchema, body)),
  labsMatchingNeed: (needId: string) => get(`${v1}/needs/${needId}/matches`, labMatchesSchema),
  needsMatchingLab: (labId: string) => get(`${v1}/labs/${labId}/matches`, needMatchesSchema),
  /** What happened to one's own lab or need over the last `days` days. */
  listingStats: (kind: ListingKind, id: string, days: number) => get(`${v1}/${kind}s/${id}/stats?days=${days}`, listingStatsSchema),

  collaborations: () => get(`${v1}/collaborations`, items(collaborationSchema)),
  collaboration: (id: string) => get(`${v1}/collaborations/${id}`, collaborationSchema),
  startCollaboration: (body: Body<typeof createCollaborationSchema>) => post(`${v1}/collaborations`, collaborationSchema, body),
  transition: (id: string, body: WithReasonCode<Body<typeof collaborationTransitionSchema>>) =>
    checkedBy(collaborationTransitionSchema, post(`${v1}/collaborations/${id}/transitions`, collaborationSchema, body)),
  collaborationMessages: (id: string) => get(`${v1}/collaborations/${id}/messages`, messageListSchema),
  writeInCollaboration: (id: string, body: Body<typeof postMessageSchema>) => post(`${v1}/collaborations/${id}/messages`, messageSchema, body),
  questions: () => get(`${v1}/questions`, questionListSchema),
  question: (id: string) => get(`${v1}/questions/${id}`, questionSchema),
  askQuestion: (body: Body<typeof askQuestionSchema>) => checkedBy(askQuestionSchema, post(`${v1}/questions`, questionSchema, body)),
  writeInQuestion: (id: string, body: Body<typeof postMessageSchema>) => post(`${v1}/questions/${id}/messages`, messageSchema, body),
  collaborationFromQuestion: (id: string, body: Body<typeof collaborationFromQuestionSchema>) =>
    post(`${v1}/questions/${id}/collaboration`, collaborationSchema, body),
  notifications: () => get(`${v1}/notifications`, notificationListSchema),
  /** All of the reader's notifications, or only those of `ids`. */
  markNotificationsRead: (ids?: number[]) => post(`${v1}/notifications/read`, notificationListSchema, ids ? { ids } : {}),

  /** An organisation, with its contacts for a signed-in reader. */
  organisation: (id: string) => get(`${v1}/organisations/${id}`, z.union([organisationDetailSchema, organisationPublicSchema])),
  shortlist: () => get(`${v1}/my/shortlist`, shortlistSchema),
  keepOnShortlist: (kind: ShortlistKind, id: string) => put(`${v1}/my/shortlist/${kind}/${id}`, null),
  dropFromShortlist: (kind: ShortlistKind, id: string) => remove(`${v1}/my/shortlist/${kind}/${id}`, null),
  savedSearches: () => get(`${v1}/my/saved-searches`, savedSearchListSchema),
  saveSearch: (body: Body<typeof createSavedSearchSchema>) => post(`${v1}/my/saved-searches`, savedSearchSchema, body),
  updateSavedSearch: (id: string, body: Body<typeof updateSavedSearchSchema>) => patch(`${v1}/my/saved-searches/${id}`, savedSearchSchema, body),
  deleteSavedSearch: (id: string) => remove(`${v1}/my/saved-searches/${id}`, null),
  /** Follows a digest email's unsubscribe link: no sign-in, the token names the person. */
  unsubscribe: (token: string) => post(`${v1}/saved-searches/unsubscribe`, unsubscribedSchema, { token }),
  organisationListings: (id: string) => get(`${v1}/organisations/${id}/listings`, organisationListingsSchema),
  findOrganisations: (q: string, kind: OrganisationKind) =>
    get(`${v1}/organisations?${new URLSearchParams({ q, kind, pageSize: '10' })}`, pageOf(organisationPublicSchema)),
  members: (organisationId: string) => get(`${v1}/organisations/${organisationId}/members`, items(memberSchema)),
  removeMember: (organisationId: string, userId: string) => remove(`${v1}/organisations/${organisationId}/members/${userId}`, null),
  invite: (organisationId: string, body: Body<typeof invitationRequestSchema>) => post(`${v1}/organisations/${organisationId}/invitations`, null, body),

  admin: {
    organisations: (verified: boolean | undefined) =>
      get(`${v1}/admin/organisations?pageSize=100${verified === undefined ? '' : `&verified=${verified}`}`, pageOf(organisationAdminSchema)),
    setVerification: (id: string, body: Body<typeof verificationRequestSchema>) => put(`${v1}/admin/organisations/${id}/verification`, null, body),
    createStaffAccount: (body: Body<typeof createStaffAccountSchema>) => post(`${v1}/admin/users`, userSchema, body),
    joinRequests: () => get(`${v1}/admin/join-requests`, items(joinRequestSchema)),
    decideJoinRequest: (id: string, body: Body<typeof joinDecisionSchema>) => post(`${v1}/admin/join-requests/${id}/decision`, null, body),
  },

  /** The analytics endpoints take the dashboard's query string (filters and the endpoint's own parameters). */
  analytics: {
    summary: (query: string) => get(`${v1}/analytics/summary?${query}`, analyticsSummarySchema),
    timeseries: (query: string) => get(`${v1}/analytics/timeseries?${query}`, analyticsTimeseriesSchema),
    breakdown: (query: string) => get(`${v1}/analytics/breakdown?${query}`, analyticsBreakdownSchema),
  },
  openIndicators: (year: number) => get(`${v1}/public/indicators?year=${year}`, openIndicatorsSchema),
  publishedReports: () => get(`${v1}/public/reports`, publishedReportListSchema),

  /** A region's report has a region code; the national one has none. */
  reports: {
    list: (year: number) => get(`${v1}/reports?year=${year}`, reportListSchema),
    get: (regionCode: string | null, year: number) => get(reportPath(regionCode, year), reportSchema),
    saveNarrative: (regionCode: string | null, year: number, body: Body<typeof narrativeInputSchema>) =>
      put(`${reportPath(regionCode, year)}/narrative`, reportSchema, body),
    /** A region submits its report; the ministry publishes the national one. */
    freeze: (regionCode: string | null, year: number) => post(`${reportPath(regionCode, year)}/${regionCode ? 'submit' : 'publish'}`, reportSchema),
    /** Where a report file is; published ones are public, so a plain link downloads them. */
    /** A report file; a CSV's headers and names are in `lang`. */
    fileUrl: (regionCode: string | null, year: number, format: 'csv' | 'json', lang: Locale) =>
      `${reportPath(regionCode, year)}/download?format=${format}&lang=${lang}`,
    download: (regionCode: string | null, year: number, format: 'csv' | 'json', lang: Locale) =>
      download(`${reportPath(regionCode, year)}/download?format=${format}&lang=${lang}`, `report.${format}`),
  },
};
