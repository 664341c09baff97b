import type { UserRole } from '@kopir/shared';

/**
 * Who may open the dashboard (the API's analytics rule); the layout shows the link to the same
 * roles. Kept apart from the page so the layout does not pull the charts into the first load.
 */
export const dashboardRoles: readonly UserRole[] = ['ministry', 'admin', 'region'];
