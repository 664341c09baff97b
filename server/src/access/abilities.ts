import type { Abilities } from '@kopir/shared';
import { personOf, type Actor } from './actor.ts';
import { refusalOf } from './refusal.ts';
import type { AccessRule, RouteAccess } from './rules.ts';

/**
 * Each ability is the rule of the route it leads to, read from the route table, so what the web
 * offers cannot drift from what the API allows; a renamed route fails here, not in the browser.
 */
const abilityRoutes = {
  manageLabs: 'GET /api/v1/my/labs',
  manageNeeds: 'GET /api/v1/my/needs',
  seeCollaborations: 'GET /api/v1/collaborations',
  keepShortlist: 'GET /api/v1/my/shortlist',
  converse: 'GET /api/v1/questions',
  keepSavedSearches: 'GET /api/v1/my/saved-searches',
  openDashboard: 'GET /api/v1/analytics/summary',
  readReports: 'GET /api/v1/reports',
  writeRegionReport: 'PUT /api/v1/reports/regions/:region/:year/narrative',
  publishNationalReport: 'PUT /api/v1/reports/national/:year/narrative',
  administer: 'GET /api/v1/admin/organisations',
} as const;

/** Whether the auth hook would let `actor` through `rule`; the system acts only through services, never through a route. */
const permits = (rule: AccessRule, actor: Actor | null): boolean => refusalOf(rule, personOf(actor)) === null;

/**
 * A region officer sees and writes their own region only; the analytics and report services
 * enforce the same confinement on every call.
 */
const ownRegionOf = (actor: Actor | null): string | null => {
  const person = personOf(actor);
  return person?.role === 'region' ? person.regionCode : null;
};

/** What `actor` may do (nothing, when signed out), from the declared rules of the routes in `table`. */
export function abilitiesOf(actor: Actor | null, table: readonly RouteAccess[]): Abilities {
  const may = (route: (typeof abilityRoutes)[keyof typeof abilityRoutes]) => {
    const [method, url] = route.split(' ');
    const row = table.find((entry) => entry.method === method && entry.url === url);
    if (!row) throw new Error(`No route ${route} for an ability: abilityRoutes is out of date`);
    return permits(row.access, actor);
  };
  const ownRegion = ownRegionOf(actor);
  return {
    manageLabs: may(abilityRoutes.manageLabs),
    manageNeeds: may(abilityRoutes.manageNeeds),
    seeCollaborations: may(abilityRoutes.seeCollaborations),
    keepShortlist: may(abilityRoutes.keepShortlist),
    converse: may(abilityRoutes.converse),
    keepSavedSearches: may(abilityRoutes.keepSavedSearches),
    openDashboard: may(abilityRoutes.openDashboard),
    ownRegion,
    readReports: may(abilityRoutes.readReports),
    writeRegionReport: may(abilityRoutes.writeRegionReport) ? ownRegion : null,
    publishNationalReport: may(abilityRoutes.publishNationalReport),
    administer: may(abilityRoutes.administer),
  };
}
