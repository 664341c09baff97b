/**
 * The product's closed vocabularies. The database enforces them with check constraints built
 * from these same arrays, so a value is either here or nowhere.
 */

export const organisationKinds = ['university', 'research_institute', 'company'] as const;
export type OrganisationKind = (typeof organisationKinds)[number];

/** Researchers and companies register themselves; an admin creates the other three. */
export const userRoles = ['researcher', 'company', 'region', 'ministry', 'admin'] as const;
export type UserRole = (typeof userRoles)[number];

export const labStatuses = ['active', 'hidden'] as const;
export type LabStatus = (typeof labStatuses)[number];

export const needStatuses = ['open', 'closed', 'fulfilled'] as const;
export type NeedStatus = (typeof needStatuses)[number];

/** Who ended a need that is not open: its company (closed or fulfilled), or its deadline passing (the system closed it). */
export const needClosedReasons = ['company', 'deadline'] as const;
export type NeedClosedReason = (typeof needClosedReasons)[number];

/** A need's deadline is near when this many Kazakhstan calendar days or fewer are left: its company is warned once per deadline. */
export const deadlineWarningDays = 7;

/** A lab nobody edited or confirmed for this many days is stale: its researchers are asked to confirm it. */
export const labStaleAfterDays = 365;

/** A confidential need shows only its title, sectors and region to the public. */
export const needVisibilities = ['public', 'confidential'] as const;
export type NeedVisibility = (typeof needVisibilities)[number];

/** proposed → accepted | declined; accepted → contracted | cancelled; contracted → completed | cancelled. */
export const collaborationStatuses = ['proposed', 'accepted', 'declined', 'contracted', 'completed', 'cancelled'] as const;
export type CollaborationStatus = (typeof collaborationStatuses)[number];

/** Which side started a collaboration: the company (an invitation) or the lab (a proposal). */
export const collaborationSides = ['company', 'lab'] as const;
export type CollaborationSide = (typeof collaborationSides)[number];

/**
 * Why the side that was asked declined (the "why matches fail" indicator counts each): the work
 * is not what the lab does or the company wants, no people or time free, the money or the dates
 * do not fit, the confidentiality or IP terms cannot be met, or the problem is already solved.
 */
export const declineReasonCodes = [
  'out_of_scope',
  'no_capacity',
  'budget_mismatch',
  'timeline_mismatch',
  'confidentiality_terms',
  'already_solved',
  'other',
] as const;
export type DeclineReasonCode = (typeof declineReasonCodes)[number];

/** Why a party cancelled a collaboration under way (or the proposer withdrew it). */
export const cancelReasonCodes = [
  'funding_withdrawn',
  'priorities_changed',
  'terms_not_agreed',
  'partner_unresponsive',
  'technically_infeasible',
  'other',
] as const;
export type CancelReasonCode = (typeof cancelReasonCodes)[number];

/** Every closing reason a collaboration can carry (declines' and cancellations' share `other`). */
export const closingReasonCodes = [...new Set([...declineReasonCodes, ...cancelReasonCodes])] as const;
export type ClosingReasonCode = DeclineReasonCode | CancelReasonCode;

/** Days after a decline before the side that proposed may propose the same lab–need pair again. */
export const reproposalWaitDays = 90;

export const fundingSources = ['company', 'state_grant', 'co_funded', 'other'] as const;
export type FundingSource = (typeof fundingSources)[number];

export const reportScopes = ['region', 'national'] as const;
export type ReportScope = (typeof reportScopes)[number];

export const reportStatuses = ['draft', 'submitted', 'published'] as const;
export type ReportStatus = (typeof reportStatuses)[number];

/** What the search outbox carries to Meilisearch. */
export const searchEntityTypes = ['lab', 'need', 'organisation'] as const;
export type SearchEntityType = (typeof searchEntityTypes)[number];

/** What an in-app notification is about; the client words it in the reader's language. */
export const notificationKinds = [
  'proposal_received',
  'collaboration_updated',
  'matching_need',
  'need_deadline_near',
  'need_closed_by_deadline',
  'lab_confirmation_due',
  'question_received',
  'message_received',
  'saved_search_match',
] as const;
export type NotificationKind = (typeof notificationKinds)[number];

/**
 * What a question asks about: a lab (a company asks its researchers) or a need (a researcher asks
 * its company). The asker's side is always the other one.
 */
export const questionSubjects = ['lab', 'need'] as const;
export type QuestionSubject = (typeof questionSubjects)[number];

/** Where a message belongs: a question's thread, or a collaboration's. */
export const threadKinds = ['question', 'collaboration'] as const;
export type ThreadKind = (typeof threadKinds)[number];
/** The two kinds of listing: what a university offers and what a company asks for. */
export const listingKinds = ['lab', 'need'] as const;
export type ListingKind = (typeof listingKinds)[number];

/** What a listing's owners see counted, day by day. */
export const listingStatMeasures = ['views', 'searchAppearances', 'matchesShown', 'proposalsReceived', 'invitationsReceived', 'questions'] as const;
export type ListingStatMeasure = (typeof listingStatMeasures)[number];

/** What a person's shortlist keeps: labs and needs. */
export const shortlistKinds = ['lab', 'need'] as const;
export type ShortlistKind = (typeof shortlistKinds)[number];

/** What a saved search looks through: the labs search or the needs search. */
export const savedSearchKinds = ['labs', 'needs'] as const;
export type SavedSearchKind = (typeof savedSearchKinds)[number];

/** How often a saved search's new results are emailed in one digest (they are always told in the app at once). */
export const digestFrequencies = ['daily', 'weekly', 'off'] as const;
export type DigestFrequency = (typeof digestFrequencies)[number];

/**
 * Work done off the request path, queued in the same transaction as what caused it; except
 * `sweep_listings` (the periodic sweep of deadlines and stale labs) and `send_saved_search_digests`
 * (the periodic digest of saved searches' new results), which queue their own next run.
 */
export const backgroundJobKinds = ['notify_matching_labs', 'sweep_listings', 'match_saved_searches', 'send_saved_search_digests'] as const;
export type BackgroundJobKind = (typeof backgroundJobKinds)[number];

/** What a single-use emailed link is for. */
export const accountTokenPurposes = ['verify_email', 'reset_password', 'set_password', 'invitation'] as const;
export type AccountTokenPurpose = (typeof accountTokenPurposes)[number];

/**
 * How a person proved their tie to an organisation: they registered it, a member invited them,
 * their verified address is on its proven domain, or an admin approved their request.
 */
export const membershipVias = ['created', 'invitation', 'domain', 'approval'] as const;
export type MembershipVia = (typeof membershipVias)[number];

export const membershipStatuses = ['pending', 'active', 'rejected', 'revoked'] as const;
export type MembershipStatus = (typeof membershipStatuses)[number];

/** The roles that see everything they are given and must sign in with a second factor. */
export const secondFactorRoles = ['region', 'ministry', 'admin'] as const;

/** The roles whose people belong to an organisation (the others serve the state or the platform). */
export type MemberRole = 'researcher' | 'company';

/** Which kinds of organisation each member role belongs to: the one definition, for server and web. */
export const organisationKindsFor = {
  researcher: ['university', 'research_institute'],
  company: ['company'],
} as const satisfies Record<MemberRole, readonly OrganisationKind[]>;

/** Whether people of `role` belong to an organisation of `kind` (researchers to universities and institutes, companies to companies). */
export const kindFitsRole = (role: MemberRole, kind: OrganisationKind): boolean => (organisationKindsFor[role] as readonly OrganisationKind[]).includes(kind);

/** What a party may do to a collaboration; shared/src/collaboration-lifecycle.ts says when. */
export const collaborationActions = ['accept', 'decline', 'contract', 'complete', 'cancel'] as const;
export type CollaborationAction = (typeof collaborationActions)[number];

/** The factors a match's score is made of (docs/matching.md explains each one). */
export const matchFactors = ['text', 'capabilities', 'sectors', 'fields', 'trl', 'region', 'verified', 'trackRecord'] as const;
export type MatchFactor = (typeof matchFactors)[number];

/** The five priority directions of the Concept; shared/src/taxonomy/priority-areas.ts defines each. */
export const priorityAreaCodes = ['manufacturing', 'digital', 'agro', 'biotech', 'green_energy'] as const;
export type PriorityAreaCode = (typeof priorityAreaCodes)[number];

/** The buckets of an analytics time series. */
export const analyticsIntervals = ['month', 'quarter', 'year'] as const;
export type AnalyticsInterval = (typeof analyticsIntervals)[number];
