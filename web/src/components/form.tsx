import type { ComponentChildren, JSX } from 'preact';
import { ApiError } from '../api/api-error.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { useErrorText, useFieldText } from './error-text.ts';

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

/** The field for choosing a new password, with the rules it must follow and the server's verdict on it. */
export function NewPasswordField({ label, problem }: { label: string; problem: unknown }) {
  const { t } = useI18n();
  const fieldError = useFieldError();
  return (
    <TextField
      label={label}
      name="password"
      type="password"
      autoComplete="new-password"
      required
      hint={t('auth.passwordRules')}
      error={fieldError(problem, 'body.password')}
    />
  );
}

export function SelectField(props: { label: string; error?: string | undefined; children: ComponentChildren } & JSX.SelectHTMLAttributes<HTMLSelectElement>) {
  const { label, error, children, ...select } = props;
  return (
    <label class="field" data-invalid={error ? 'true' : undefined}>
      <span>{label}</span>
      <select {...select} aria-invalid={error ? 'true' : undefined}>
        {children}
      </select>
      {error && <small class="error">{error}</small>}
    </label>
  );
}

/** The form-level message for a failed request, in the reader's language where we know the code. */
export function FormError({ problem }: { problem: unknown }) {
  const text = useErrorText();
  if (!problem) return null;
  return (
    <p class="form-error" role="alert">
      {text(problem)}
    </p>
  );
}

export { UserMessage } from './user-message.ts';

/** The message for one input of a failed request (`body.email`), in the reader's language. */
export function useFieldError(): (problem: unknown, path: string) => string | undefined {
  const fieldText = useFieldText();
  return (problem, path) => {
    const field = problem instanceof ApiError ? problem.field(path) : undefined;
    return field && fieldText(field);
  };
}
