/**
 * The labelled fields of the sign-in, sign-up and account forms (readers and the newsroom's
 * sign-in). Plain server markup: the reader account pages are sent without Next's client runtime.
 */
import type { ComponentProps, ReactNode } from 'react';
import { PASSWORD_RULES } from '@/lib/auth/password';

export const FIELD_INPUT = 'min-h-11 rounded border border-line bg-page px-3';

type InputProps = Omit<ComponentProps<'input'>, 'className'>;

/** A label wrapping its input; `children` (a field's error) stays inside the label, after the input. */
export function Field({ label, children, ...input }: InputProps & { label: ReactNode; children?: ReactNode }) {
  return (
    <label className="flex flex-col gap-1">
      <span className="font-semibold">{label}</span>
      <input {...input} className={FIELD_INPUT} />
      {children}
    </label>
  );
}

/** The e-mail address field (`autoComplete` is `email` unless told); the label is English unless a reader page passes its edition's. */
export function EmailField({
  label = 'E-mail address',
  ...props
}: Omit<InputProps, 'type' | 'name'> & { label?: string; children?: ReactNode }) {
  return <Field label={label} type="email" name="email" required autoComplete="email" maxLength={254} {...props} />;
}

/**
 * A password field: an existing password (`current-password`, up to 256 characters), or with
 * `isNew` a new one, whose label states the minimum length the server enforces.
 */
export function PasswordField({
  label,
  newLabel,
  isNew = false,
  name = 'password',
  ...rest
}: Omit<InputProps, 'type'> & {
  label: string;
  /** A new password's whole label, minimum included, in a reader edition's words (else English is built). */
  newLabel?: string;
  isNew?: boolean;
  children?: ReactNode;
}) {
  const limits = isNew
    ? { minLength: PASSWORD_RULES.min, maxLength: PASSWORD_RULES.max, autoComplete: 'new-password' }
    : { maxLength: 256, autoComplete: 'current-password' };
  return (
    <Field
      label={isNew ? (newLabel ?? `${label} (at least ${PASSWORD_RULES.min} characters)`) : label}
      type="password"
      name={name}
      required
      {...limits}
      {...rest}
    />
  );
}

/** The boxed message above a form: an error (`alert`) or an outcome (`status`). */
export function FormNotice({ role = 'alert', children }: { role?: 'alert' | 'status'; children: ReactNode }) {
  return (
    <p role={role} className="mt-3 rounded border border-line p-3 font-semibold">
      {children}
    </p>
  );
}

/** A titled part of a page (`id` names its heading), such as one form of the account page. */
export function FormSection({
  id,
  title,
  className,
  children,
}: {
  id: string;
  title: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={`${id}-heading`} className={className}>
      <h2 id={`${id}-heading`} className="text-xl font-bold">
        {title}
      </h2>
      {children}
    </section>
  );
}
