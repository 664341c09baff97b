import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import type { Replica } from './replica.ts';

export interface DeliveredEmail {
  to: string;
  subject: string;
  text: string;
  /** The replica whose email worker wrote it. */
  replica: string;
}

/** Every email any replica's worker delivered (the file transport: `<DATA_DIR>/mail/*.eml`), parsed. */
export async function deliveredEmails(replicas: Replica[]): Promise<DeliveredEmail[]> {
  const emails: DeliveredEmail[] = [];
  for (const replica of replicas) {
    const folder = join(replica.dataDir, 'mail');
    const files = await readdir(folder).catch(() => [] as string[]);
    for (const file of files.filter((name) => name.endsWith('.eml')).sort()) {
      const parsed = await simpleParser(await readFile(join(folder, file)));
      const to = (Array.isArray(parsed.to) ? parsed.to[0] : parsed.to)?.value[0]?.address;
      emails.push({ to: to ?? '', subject: parsed.subject ?? '', text: parsed.text ?? '', replica: replica.name });
    }
  }
  return emails;
}

/** The emails delivered to `address`, across every replica. */
export const emailsTo = async (replicas: Replica[], address: string) => (await deliveredEmails(replicas)).filter((email) => email.to === address);
