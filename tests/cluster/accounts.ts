import { sessionSchema, type Locale } from '@kopir/shared';
import { validBin } from '../harness/factories.ts';
import { waitUntil } from './child-process.ts';
import type { Client } from './http-client.ts';
import { emailsTo } from './mailboxes.ts';
import type { Replica } from './replica.ts';

export const CLUSTER_PASSWORD = 'Steppe-Lab-2026-quartz';

export interface Person {
  email: string;
  userId: string;
  organisationId: string;
  authorization: string;
  client: Client;
}

/**
 * Registers a researcher (with a new university) or company staff (with a new company) through
 * the balancer, reads the confirmation link from the email, wherever a replica's worker
 * delivered it, and confirms the address with it, as a person would.
 */
export async function registerPerson(
  client: Client,
  replicas: Replica[],
  { role, email, locale = 'en' }: { role: 'researcher' | 'company'; email: string; locale?: Locale },
): Promise<Person> {
  const organisation =
    role === 'company'
      ? { kind: 'company', name: { en: `Cluster Company ${email}` }, bin: validBin(), regionCode: 'KZ-75' }
      : { kind: 'university', name: { en: `Cluster University ${email}` }, regionCode: 'KZ-71', city: 'Astana' };
  const registered = await client.send({
    method: 'POST',
    path: '/api/v1/auth/register',
    body: { email, password: CLUSTER_PASSWORD, fullName: `Cluster ${role}`, role, locale, organisation: { create: organisation } },
  });
  if (registered.status !== 202) throw new Error(`registering ${email} answered ${registered.status}: ${JSON.stringify(registered.body)}`);
  const token = await waitUntil(`the confirmation email to ${email}`, async () => {
    const [delivered] = await emailsTo(replicas, email);
    return delivered?.text.match(/#token=([\w-]+)/)?.[1];
  });
  const verified = await client.send({ method: 'POST', path: '/api/v1/auth/verify-email', body: { token, password: CLUSTER_PASSWORD } });
  if (verified.status !== 200) throw new Error(`confirming ${email} answered ${verified.status}: ${JSON.stringify(verified.body)}`);
  const session = sessionSchema.parse(verified.body);
  return {
    email,
    userId: session.user.id,
    organisationId: session.user.organisationId!,
    authorization: `Bearer ${session.accessToken}`,
    client,
  };
}
