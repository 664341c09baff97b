import { eq } from 'drizzle-orm';
import type { Test } from 'tap';
import { notifications, users } from '@kopir/db';
import { labSchema, needSchema, type Locale } from '@kopir/shared';
import { labInput, needInput } from '../../harness/catalogue.ts';
import { createUser } from '../../harness/factories.ts';
import { createTestApp } from '../../harness/test-app.ts';

export type App = Awaited<ReturnType<typeof createTestApp>>;

/** A request as a person (or nobody) sends it. */
export const call = (app: App, method: 'GET' | 'POST' | 'PATCH', url: string, authorization?: string, payload?: object) =>
  app.inject({ method, url: `/api/v1${url}`, ...(authorization && { headers: { authorization } }), ...(payload !== undefined && { payload }) });

/** A person of a role with a name of their own (so a test can look for it where it must not be). */
async function person(app: App, role: 'company' | 'researcher', name: string, options: { organisationId?: string; locale?: Locale } = {}) {
  const created = await createUser(app, role, options);
  await app.db.update(users).set({ fullName: name }).where(eq(users.id, created.user.id));
  return { ...created, name };
}

/** The people of one question: a company (two colleagues), a lab's researchers (one reads Kazakh), and outsiders. */
export async function conversationRig(t: Test) {
  const app = await createTestApp(t);
  const company = await person(app, 'company', 'Aigerim Company-Lead');
  const colleague = await person(app, 'company', 'Bolat Company-Colleague', { organisationId: company.user.organisationId! });
  const researcher = await person(app, 'researcher', 'Dana Researcher', { locale: 'kk' });
  const otherCompany = await person(app, 'company', 'Erlan Other-Company');
  const otherResearcher = await person(app, 'researcher', 'Farida Other-Researcher');
  const ministry = await createUser(app, 'ministry');
  const lab = labSchema.parse((await call(app, 'POST', '/labs', researcher.authorization, labInput({ name: { en: 'Catalysis lab' } }))).json());
  const need = needSchema.parse((await call(app, 'POST', '/needs', company.authorization, needInput({ title: 'Hydrogen storage alloy' }))).json());
  const confidential = needSchema.parse(
    (
      await call(
        app,
        'POST',
        '/needs',
        company.authorization,
        needInput({ title: 'Catalyst for project K', visibility: 'confidential', description: { en: 'Secret alloy K-77 for the new plant' } }),
      )
    ).json(),
  );
  return { app, company, colleague, researcher, otherCompany, otherResearcher, ministry, lab, need, confidential };
}

/** The kinds of a person's unread notifications, oldest first. */
export async function unreadKinds(app: App, userId: string) {
  const rows = await app.db.select().from(notifications).where(eq(notifications.userId, userId)).orderBy(notifications.id);
  return rows.filter((row) => row.readAt === null).map((row) => row.kind);
}
