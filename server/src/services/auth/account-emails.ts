import type { DbOrTransaction } from '@kopir/db';
import type { Locale } from '@kopir/shared';
import { renderEmail } from '../notifications/emails/render-email.ts';
import type { EmailCatalogue } from '../notifications/emails/rendered-email.ts';
import { queueEmails } from '../notifications/emails/queue-email.ts';

/** The account emails Kopir sends, in the recipient's language; `link` is absolute. */
type AccountEmail =
  | 'verify_email'
  | 'reset_password'
  | 'set_password'
  | 'invitation'
  | 'already_registered'
  | 'join_requested'
  | 'join_approved'
  | 'join_rejected';

/** `extra`: the one fact an email names besides its link (a role, an inviter, an organisation). */
type Facts = { link: string; extra: string };

const catalogues: Record<AccountEmail, EmailCatalogue<Facts>> = {
  verify_email: {
    kk: ({ link }) => ({
      subject: 'Kopir: электрондық поштаңызды растаңыз',
      paragraphs: ['Kopir-дегі тіркелгіңізді растау үшін мына сілтемеге өтіңіз (48 сағат жарамды):'],
      links: [{ href: link }],
      closing: 'Егер сіз тіркелмеген болсаңыз, бұл хатты елемеңіз.',
    }),
    ru: ({ link }) => ({
      subject: 'Kopir: подтвердите адрес электронной почты',
      paragraphs: ['Чтобы подтвердить учётную запись в Kopir, перейдите по ссылке (действует 48 часов):'],
      links: [{ href: link }],
      closing: 'Если вы не регистрировались, просто проигнорируйте это письмо.',
    }),
    en: ({ link }) => ({
      subject: 'Kopir: confirm your email address',
      paragraphs: ['To confirm your Kopir account, open this link (valid for 48 hours):'],
      links: [{ href: link }],
      closing: 'If you did not register, ignore this email.',
    }),
  },
  reset_password: {
    kk: ({ link }) => ({
      subject: 'Kopir: құпиясөзді қалпына келтіру',
      paragraphs: ['Жаңа құпиясөз орнату үшін мына сілтемеге өтіңіз (1 сағат жарамды, бір рет қана):'],
      links: [{ href: link }],
      closing: 'Егер сіз сұрамаған болсаңыз, бұл хатты елемеңіз: құпиясөзіңіз өзгермейді.',
    }),
    ru: ({ link }) => ({
      subject: 'Kopir: сброс пароля',
      paragraphs: ['Чтобы задать новый пароль, перейдите по ссылке (действует 1 час, один раз):'],
      links: [{ href: link }],
      closing: 'Если вы не запрашивали сброс, проигнорируйте письмо: пароль останется прежним.',
    }),
    en: ({ link }) => ({
      subject: 'Kopir: reset your password',
      paragraphs: ['To choose a new password, open this link (valid for one hour, once):'],
      links: [{ href: link }],
      closing: 'If you did not ask for this, ignore this email: your password stays as it is.',
    }),
  },
  set_password: {
    kk: ({ link, extra }) => ({
      subject: 'Kopir: сізге тіркелгі ашылды',
      paragraphs: [`Kopir әкімшісі сізге тіркелгі ашты (${extra}). Құпиясөз орнату үшін мына сілтемеге өтіңіз (7 күн жарамды):`],
      links: [{ href: link }],
    }),
    ru: ({ link, extra }) => ({
      subject: 'Kopir: для вас создана учётная запись',
      paragraphs: [`Администратор Kopir создал для вас учётную запись (${extra}). Чтобы задать пароль, перейдите по ссылке (действует 7 дней):`],
      links: [{ href: link }],
    }),
    en: ({ link, extra }) => ({
      subject: 'Kopir: an account was created for you',
      paragraphs: [`A Kopir administrator created an account for you (${extra}). To choose your password, open this link (valid for 7 days):`],
      links: [{ href: link }],
    }),
  },
  invitation: {
    kk: ({ link, extra }) => ({
      subject: 'Kopir: әріптесіңіз сізді шақырады',
      paragraphs: [`${extra} сізді Kopir-де өз ұйымына қосылуға шақырады. Тіркелу үшін мына сілтемеге өтіңіз (14 күн жарамды):`],
      links: [{ href: link }],
    }),
    ru: ({ link, extra }) => ({
      subject: 'Kopir: коллега приглашает вас',
      paragraphs: [`${extra} приглашает вас присоединиться к своей организации в Kopir. Чтобы зарегистрироваться, перейдите по ссылке (действует 14 дней):`],
      links: [{ href: link }],
    }),
    en: ({ link, extra }) => ({
      subject: 'Kopir: a colleague invites you',
      paragraphs: [`${extra} invites you to join their organisation on Kopir. To register, open this link (valid for 14 days):`],
      links: [{ href: link }],
    }),
  },
  already_registered: {
    kk: ({ link }) => ({
      subject: 'Kopir: бұл мекенжай тіркелген',
      paragraphs: [
        'Біреу (мүмкін, сіз) осы мекенжаймен Kopir-ге қайта тіркелуге тырысты. Тіркелгіңіз бар: кіріңіз, немесе құпиясөзді ұмытсаңыз, оны мына жерде ' +
          'қалпына келтіріңіз:',
      ],
      links: [{ href: link }],
    }),
    ru: ({ link }) => ({
      subject: 'Kopir: этот адрес уже зарегистрирован',
      paragraphs: [
        'Кто-то (возможно, вы) попытался снова зарегистрироваться в Kopir с этим адресом. Учётная запись у вас уже есть: войдите, а если забыли пароль, ' +
          'сбросьте его здесь:',
      ],
      links: [{ href: link }],
    }),
    en: ({ link }) => ({
      subject: 'Kopir: this address is already registered',
      paragraphs: [
        'Someone (perhaps you) tried to register on Kopir again with this address. You already have an account: sign in, or if you forgot your ' +
          'password, reset it here:',
      ],
      links: [{ href: link }],
    }),
  },
  join_requested: {
    kk: ({ link, extra }) => ({
      subject: 'Kopir: ұйымға қосылу сұрауыңыз қаралуда',
      paragraphs: [`«${extra}» ұйымына қосылу сұрауыңызды әкімші қарайды. Шешім туралы хабарлаймыз.`],
      links: [{ label: 'Профиліңіз', href: link }],
    }),
    ru: ({ link, extra }) => ({
      subject: 'Kopir: ваш запрос на вступление в организацию рассматривается',
      paragraphs: [`Администратор рассмотрит ваш запрос на вступление в «${extra}». Мы сообщим о решении.`],
      links: [{ label: 'Ваш профиль', href: link }],
    }),
    en: ({ link, extra }) => ({
      subject: 'Kopir: your request to join an organisation is under review',
      paragraphs: [`An administrator will review your request to join “${extra}”. We will tell you the decision.`],
      links: [{ label: 'Your profile', href: link }],
    }),
  },
  join_approved: {
    kk: ({ link, extra }) => ({
      subject: 'Kopir: сіз ұйымға қосылдыңыз',
      paragraphs: [`Сұрауыңыз мақұлданды: енді сіз «${extra}» ұйымының мүшесісіз.`],
      links: [{ href: link }],
    }),
    ru: ({ link, extra }) => ({
      subject: 'Kopir: вы вступили в организацию',
      paragraphs: [`Ваш запрос одобрен: теперь вы участник «${extra}».`],
      links: [{ href: link }],
    }),
    en: ({ link, extra }) => ({
      subject: 'Kopir: you have joined your organisation',
      paragraphs: [`Your request was approved: you are now a member of “${extra}”.`],
      links: [{ href: link }],
    }),
  },
  join_rejected: {
    kk: ({ link, extra }) => ({
      subject: 'Kopir: ұйымға қосылу сұрауы қабылданбады',
      paragraphs: [`«${extra}» ұйымына қосылу сұрауыңыз қабылданбады. Ұйымдағы әріптесіңізден шақыру сұраңыз.`],
      links: [{ href: link }],
    }),
    ru: ({ link, extra }) => ({
      subject: 'Kopir: запрос на вступление отклонён',
      paragraphs: [`Ваш запрос на вступление в «${extra}» отклонён. Попросите коллегу из организации прислать приглашение.`],
      links: [{ href: link }],
    }),
    en: ({ link, extra }) => ({
      subject: 'Kopir: your request to join was declined',
      paragraphs: [`Your request to join “${extra}” was declined. Ask a colleague there to send you an invitation.`],
      links: [{ href: link }],
    }),
  },
};

/**
 * Queues an account email in the caller's transaction, in the recipient's language. The link is
 * a secret: it is in the email only, never in a log line (the log transport logs the subject).
 */
export async function queueAccountEmail(
  tx: DbOrTransaction,
  email: AccountEmail,
  to: { address: string; locale: Locale },
  link: string,
  extra = '',
): Promise<void> {
  await queueEmails(tx, [{ to: to.address, email: renderEmail(catalogues[email], to.locale, { link, extra }) }]);
}
