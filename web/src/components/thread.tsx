import { useState } from 'preact/hooks';
import type { Message } from '@kopir/shared';
import { FormError, useFieldError } from './form.tsx';
import { useFormat } from '../i18n/format.ts';
import { useI18n } from '../i18n/i18n.tsx';

/**
 * A conversation: its messages oldest first, each with who wrote it and when, and a box to write
 * the next one. `send` posts it and answers the message as stored, which is shown at once.
 */
export function Thread({ heading, messages, send }: { heading: string; messages: Message[]; send: (body: string) => Promise<Message> }) {
  const { t } = useI18n();
  const format = useFormat();
  const fieldError = useFieldError();
  const [sent, setSent] = useState<Message[]>([]);
  const [draft, setDraft] = useState('');
  const [problem, setProblem] = useState<unknown>();
  const [sending, setSending] = useState(false);
  const shown = [...messages, ...sent.filter((message) => !messages.some((known) => known.id === message.id))];
  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    setSending(true);
    try {
      setProblem(undefined);
      const message = await send(draft);
      setSent((before) => [...before, message]);
      setDraft('');
    } catch (error) {
      setProblem(error);
    } finally {
      setSending(false);
    }
  };
  const bodyError = fieldError(problem, 'body.body');
  return (
    <section class="thread" aria-labelledby="thread-heading">
      <h2 id="thread-heading">{heading}</h2>
      {shown.length === 0 ? (
        <p class="empty">{t('thread.empty')}</p>
      ) : (
        <ol class="messages">
          {shown.map((message) => (
            <li class="message card" data-side={message.authorSide} data-mine={String(message.mine)}>
              <p class="meta">
                <strong>
                  {message.mine ? t('thread.you') : (message.authorName ?? t(message.authorSide === 'company' ? 'thread.theCompany' : 'thread.theLab'))}
                </strong>{' '}
                · <time dateTime={message.createdAt}>{format.dateTime(message.createdAt)}</time>
              </p>
              <p class="message-body">{message.body}</p>
            </li>
          ))}
        </ol>
      )}
      <form noValidate class="compose" onSubmit={submit}>
        <label class="field" data-invalid={bodyError ? 'true' : undefined}>
          <span>{t('thread.yourMessage')}</span>
          <textarea
            name="body"
            rows={3}
            maxLength={2000}
            required
            value={draft}
            aria-invalid={bodyError ? 'true' : undefined}
            onInput={(event) => setDraft(event.currentTarget.value)}
          />
          {bodyError && <small class="error">{bodyError}</small>}
        </label>
        <FormError problem={bodyError ? undefined : problem} />
        <button type="submit" class="primary" disabled={sending}>
          {t('thread.send')}
        </button>
      </form>
    </section>
  );
}
