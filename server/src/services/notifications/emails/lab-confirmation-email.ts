import { dayInKazakhstan, formatterFor, pickText, type Locale, type LocalizedText } from '@kopir/shared';
import { absoluteUrl } from './absolute-url.ts';
import { renderEmail } from './render-email.ts';
import type { EmailCatalogue, RenderedEmail } from './rendered-email.ts';

interface ConfirmationFacts {
  labName: string;
  /** When it was last edited or confirmed, in the reader's language. */
  since: string;
  link: string;
}

const confirmation: EmailCatalogue<ConfirmationFacts> = {
  kk: ({ labName, since, link }) => ({
    subject: `Kopir: «${labName}» зертханасы туралы мәлімет әлі өзекті ме?`,
    paragraphs: [
      `«${labName}» зертханасының профилі соңғы рет ${since} жаңартылды не расталды, содан бері бір жылдан астам уақыт өтті. Іздеуде ол ескірген болуы мүмкін деп белгіленді.`,
      'Мәлімет әлі дұрыс болса, бір батырмамен растаңыз; болмаса, профильді түзетіңіз.',
    ],
    links: [{ label: 'Растау немесе түзету', href: link }],
  }),
  ru: ({ labName, since, link }) => ({
    subject: `Kopir: сведения о лаборатории «${labName}» ещё актуальны?`,
    paragraphs: [
      `Профиль лаборатории «${labName}» не обновлялся с ${since}. В поиске он помечен как, возможно, устаревший.`,
      'Если сведения верны, подтвердите это одной кнопкой; если нет, исправьте профиль.',
    ],
    links: [{ label: 'Подтвердить или исправить', href: link }],
  }),
  en: ({ labName, since, link }) => ({
    subject: `Kopir: is the profile of ${labName} still current?`,
    paragraphs: [
      `The profile of ${labName} has not been updated since ${since}. Search now marks it as possibly out of date.`,
      'If it is still right, confirm it with one click; if not, edit it.',
    ],
    links: [{ label: 'Confirm or edit it', href: link }],
  }),
};

/** The email asking a lab's researcher, in `locale`, to confirm the lab is still current or edit it. */
export function labConfirmationEmail(locale: Locale, publicUrl: string, lab: { id: string; name: LocalizedText; currentSince: Date }): RenderedEmail {
  return renderEmail(confirmation, locale, {
    labName: pickText(lab.name, locale),
    since: formatterFor(locale).date(dayInKazakhstan(lab.currentSince)),
    // The lab's own page, where the confirmation is one button.
    link: absoluteUrl(publicUrl, `/my/labs/${lab.id}`),
  });
}
