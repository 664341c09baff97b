import { randomBytes } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { FastifyBaseLogger } from 'fastify';
import nodemailer from 'nodemailer';

export interface MailSettings {
  /** `file` writes .eml files (development), `log` only logs, `smtp` sends through SMTP_URL. */
  transport: 'file' | 'log' | 'smtp';
  from: string;
  smtpUrl: string | undefined;
  fileDir: string;
}

/** One message: always a plain-text part; an HTML alternative when it has one (emails queued before HTML had none). */
export type SendMail = (message: { to: string; subject: string; text: string; html?: string | undefined }) => Promise<void>;

/** The configured way emails leave: a file per message, a log line, or SMTP (nodemailer). */
export function createMailTransport(settings: MailSettings, log: FastifyBaseLogger): SendMail {
  if (settings.transport === 'smtp') {
    if (!settings.smtpUrl) throw new Error('EMAIL_TRANSPORT=smtp needs SMTP_URL');
    const transporter = nodemailer.createTransport(settings.smtpUrl);
    return async (message) => {
      await transporter.sendMail({ from: settings.from, ...message });
    };
  }
  if (settings.transport === 'log') {
    return async (message) => log.info({ to: message.to, subject: message.subject }, 'email (log transport)');
  }
  // The same message nodemailer would send, written to a file instead: open it in any mail client.
  const transporter = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  return async (message) => {
    const { message: raw } = (await transporter.sendMail({ from: settings.from, ...message })) as unknown as { message: Buffer };
    await mkdir(settings.fileDir, { recursive: true });
    // Two emails to one person can leave in the same millisecond: the random part keeps both.
    const name = `${Date.now()}-${randomBytes(3).toString('hex')}-${message.to.replace(/[^\w.@-]/g, '_')}.eml`;
    await writeFile(join(settings.fileDir, name), raw);
  };
}
