import type { RouteAccess } from './rules.ts';

const describe = (row: RouteAccess) =>
  row.access.kind === 'public'
    ? ['anyone', row.access.note ?? '']
    : [
        row.access.roles.join(', '),
        [row.access.ownership, row.access.beforeComplete && 'also before the address is verified and the second factor given'].filter(Boolean).join('; '),
      ];

/**
 * docs/authorization.md, generated from the routes' declared rules (`pnpm docs:authorization`).
 * A test fails when the committed file differs, so the document cannot drift from the code.
 */
export function renderAuthorizationDoc(table: RouteAccess[]): string {
  const rows = [...table]
    .sort((a, b) => a.url.localeCompare(b.url) || a.method.localeCompare(b.method))
    .map((row) => `| ${row.method} | \`${row.url}\` | ${describe(row).join(' | ')} |`);
  return [
    '# Who may call what',
    '',
    'Generated from the `config.access` rule that every route declares (`server/src/access/rules.ts`);',
    'regenerate with `pnpm docs:authorization`. A route under `/api` without a rule cannot be registered.',
    '',
    '- Without a valid access token, a route that is not public answers **401** `UNAUTHENTICATED`.',
    '- With a token whose role is not listed, it answers **403** `FORBIDDEN_ROLE`.',
    '- When the role fits but the resource belongs to another organisation (the ownership rule),',
    '  it answers **403** `NOT_YOURS`, the same everywhere.',
    '- Every token is checked against its session on each request: after sign-out, a password reset,',
    '  or an admin disabling or changing the account, the next request answers **401**.',
    '- Until the account is complete, a route not marked otherwise answers **403** `EMAIL_NOT_VERIFIED`',
    '  (the address is not confirmed yet; the person belongs to no organisation until it is),',
    '  `SECOND_FACTOR_SETUP_REQUIRED` or `SECOND_FACTOR_REQUIRED` (ministry, region and admin accounts,',
    '  and anyone who turned two-step sign-in on, give a TOTP code in every session). Public routes',
    '  answer such a caller as they answer anyone.',
    '- Background jobs and commands act as **the system** (`systemActor(job)`), never as a person, and',
    '  no rule written for a role lets it through. It may do only what a verb grants it by name: match',
    '  the labs for any need (the job that tells labs about a newly published need), create staff',
    '  accounts (`pnpm admin:create`), and sweep the listings (`sweep-listings`: warn a company of a',
    '  deadline a week away, close a need whose deadline passed, mark a lab a year unconfirmed stale and',
    '  ask its researchers; only the system may). Any other verb refuses it as a bug (500), not as a caller.',
    '',
    '| method | path | roles | ownership rule / note |',
    '|---|---|---|---|',
    ...rows,
    '',
  ].join('\n');
}
