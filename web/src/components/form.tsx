import type { ComponentChildren, JSX } from 'preact';
import { ApiProblem } from '../api/client.ts';
import { useI18n } from '../i18n/i18n.tsx';

/** A labelled input with the server's message for it underneath, if any. */
export function TextField(props: { label: string; error?: string | undefined; hint?: string } & JSX.InputHTMLAttributes<HTMLInputElement>) {
  const { label, error, hint, ...input } = props;
  return (
    <label class="field" data-invalid={error ? 'true' : undefined}>
      <span>{label}</span>
      <input {...input} aria-invalid={error ? 'true' : undefined} />
      {hint && <small class="hint">{hint}</small>}
      {error && <small class="error">{error}</small>}
    </label>
  );
}

export function SelectField(props: { label: string; error?: string | undefined; children: ComponentChildren } & JSX.SelectHTMLAttributes<HTMLSelectElement>) {
  const { label, error, children, ...select } = props;
  return (
    <label class="field" data-invalid={error ? 'true' : undefined}>
      <span>{label}</span>
      <select {...select}>{children}</select>
      {error && <small class="error">{error}</small>}
    </label>
  );
}

/** The form-level message for a failed request, in the reader's language where we know the code. */
export function FormError({ problem }: { problem: unknown }) {
  const { t, has } = useI18n();
  if (!problem) return null;
  const key = `error.${problem instanceof ApiProblem ? problem.error.code : 'generic'}`;
  const text =
    problem instanceof UserMessage ? problem.message : has(key) ? t(key) : problem instanceof ApiProblem ? problem.error.message : t('error.generic');
  return (
    <p class="form-error" role="alert">
      {text}
    </p>
  );
}

/** A message already written in the reader's language, shown as it is. */
export class UserMessage extends Error {}

/** The server's message for one input of a failed request. */
export const fieldError = (problem: unknown, path: string) => (problem instanceof ApiProblem ? problem.fieldMessage(path) : undefined);
