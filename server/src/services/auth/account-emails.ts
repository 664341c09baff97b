import { emailOutbox, type DbOrTransaction } from '@kopir/db';
import type { Locale } from '@kopir/shared';

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

const texts: Record<AccountEmail, Record<Locale, { subject: string; body: (link: string, extra: string) => string }>> = {
  verify_email: {
    kk: {
      subject: 'Kopir: электрондық поштаңызды растаңыз',
      body: (link) =>
        `Kopir-дегі тіркелгіңізді растау үшін мына сілтемеге өтіңіз (48 сағат жарамды):\n${link}\n\nЕгер сіз тіркелмеген болсаңыз, бұл хатты елемеңіз.`,
    },
    ru: {
      subject: 'Kopir: подтвердите адрес электронной почты',
      body: (link) =>
        `Чтобы подтвердить учётную запись в Kopir, перейдите по ссылке (действует 48 часов):\n${link}\n\nЕсли вы не регистрировались, просто ` +
        `проигнорируйте это письмо.`,
    },
    en: {
      subject: 'Kopir: confirm your email address',
      body: (link) => `To confirm your Kopir account, open this link (valid for 48 hours):\n${link}\n\nIf you did not register, ignore this email.`,
    },
  },
  reset_password: {
    kk: {
      subject: 'Kopir: құпиясөзді қалпына келтіру',
      body: (link) =>
        `Жаңа құпиясөз орнату үшін мына сілтемеге өтіңіз (1 сағат жарамды, бір рет қана):\n${link}\n\nЕгер сіз сұрамаған болсаңыз, бұл хатты ` +
        `елемеңіз: құпиясөзіңіз өзгермейді.`,
    },
    ru: {
      subject: 'Kopir: сброс пароля',
      body: (link) =>
        `Чтобы задать новый пароль, перейдите по ссылке (действует 1 час, один раз):\n${link}\n\nЕсли вы не запрашивали сброс, проигнорируйте ` +
        `письмо: пароль останется прежним.`,
    },
    en: {
      subject: 'Kopir: reset your password',
      body: (link) =>
        `To choose a new password, open this link (valid for one hour, once):\n${link}\n\nIf you did not ask for this, ignore this email: your ` +
        `password stays as it is.`,
    },
  },
  set_password: {
    kk: {
      subject: 'Kopir: сізге тіркелгі ашылды',
      body: (link, extra) => `Kopir әкімшісі сізге тіркелгі ашты (${extra}). Құпиясөз орнату үшін мына сілтемеге өтіңіз (7 күн жарамды):\n${link}`,
    },
    ru: {
      subject: 'Kopir: для вас создана учётная запись',
      body: (link, extra) =>
        `Администратор Kopir создал для вас учётную запись (${extra}). Чтобы задать пароль, перейдите по ссылке (действует 7 дней):\n${link}`,
    },
    en: {
      subject: 'Kopir: an account was created for you',
      body: (link, extra) =>
        `A Kopir administrator created an account for you (${extra}). To choose your password, open this link (valid for 7 days):\n${link}`,
    },
  },
  invitation: {
    kk: {
      subject: 'Kopir: әріптесіңіз сізді шақырады',
      body: (link, extra) => `${extra} сізді Kopir-де өз ұйымына қосылуға шақырады. Тіркелу үшін мына сілтемеге өтіңіз (14 күн жарамды):\n${link}`,
    },
    ru: {
      subject: 'Kopir: коллега приглашает вас',
      body: (link, extra) =>
        `${extra} приглашает вас присоединиться к своей организации в Kopir. Чтобы зарегистрироваться, перейдите по ссылке (действует 14 дней):\n${link}`,
    },
    en: {
      subject: 'Kopir: a colleague invites you',
      body: (link, extra) => `${extra} invites you to join their organisation on Kopir. To register, open this link (valid for 14 days):\n${link}`,
    },
  },
  already_registered: {
    kk: {
      subject: 'Kopir: бұл мекенжай тіркелген',
      body: (link) =>
        `Біреу (мүмкін, сіз) осы мекенжаймен Kopir-ге қайта тіркелуге тырысты. Тіркелгіңіз бар: кіріңіз, немесе құпиясөзді ұмытсаңыз, оны мына ` +
        `жерде қалпына келтіріңіз:\n${link}`,
    },
    ru: {
      subject: 'Kopir: этот адрес уже зарегистрирован',
      body: (link) =>
        `Кто-то (возможно, вы) попытался снова зарегистрироваться в Kopir с этим адресом. Учётная запись у вас уже есть: войдите, а если забыли ` +
        `пароль, сбросьте его здесь:\n${link}`,
    },
    en: {
      subject: 'Kopir: this address is already registered',
      body: (link) =>
        `Someone (perhaps you) tried to register on Kopir again with this address. You already have an account: sign in, or if you forgot your ` +
        `password, reset it here:\n${link}`,
    },
  },
  join_requested: {
    kk: {
      subject: 'Kopir: ұйымға қосылу сұрауыңыз қаралуда',
      body: (link, extra) => `«${extra}» ұйымына қосылу сұрауыңызды әкімші қарайды. Шешім туралы хабарлаймыз. Профиліңіз: ${link}`,
    },
    ru: {
      subject: 'Kopir: ваш запрос на вступление в организацию рассматривается',
      body: (link, extra) => `Администратор рассмотрит ваш запрос на вступление в «${extra}». Мы сообщим о решении. Ваш профиль: ${link}`,
    },
    en: {
      subject: 'Kopir: your request to join an organisation is under review',
      body: (link, extra) => `An administrator will review your request to join “${extra}”. We will tell you the decision. Your profile: ${link}`,
    },
  },
  join_approved: {
    kk: { subject: 'Kopir: сіз ұйымға қосылдыңыз', body: (link, extra) => `Сұрауыңыз мақұлданды: енді сіз «${extra}» ұйымының мүшесісіз. ${link}` },
    ru: { subject: 'Kopir: вы вступили в организацию', body: (link, extra) => `Ваш запрос одобрен: теперь вы участник «${extra}». ${link}` },
    en: {
      subject: 'Kopir: you have joined your organisation',
      body: (link, extra) => `Your request was approved: you are now a member of “${extra}”. ${link}`,
    },
  },
  join_rejected: {
    kk: {
      subject: 'Kopir: ұйымға қосылу сұрауы қабылданбады',
      body: (link, extra) => `«${extra}» ұйымына қосылу сұрауыңыз қабылданбады. Ұйымдағы әріптесіңізден шақыру сұраңыз. ${link}`,
    },
    ru: {
      subject: 'Kopir: запрос на вступление отклонён',
      body: (link, extra) => `Ваш запрос на вступление в «${extra}» отклонён. Попросите коллегу из организации прислать приглашение. ${link}`,
    },
    en: {
      subject: 'Kopir: your request to join was declined',
      body: (link, extra) => `Your request to join “${extra}” was declined. Ask a colleague there to send you an invitation. ${link}`,
    },
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
  const text = texts[email][to.locale];
  await tx.insert(emailOutbox).values({ toAddress: to.address, subject: text.subject, body: text.body(link, extra) });
}
