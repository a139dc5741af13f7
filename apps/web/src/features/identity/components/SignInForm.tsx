import { Alert, Button, Stack, TextInput } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ApiError, toApiError } from '../../../shared/lib/api-error';
import { splitFieldErrors } from '../../../shared/lib/form-errors';
import { useErrorText } from '../../../shared/lib/use-error-text';
import { PasswordField } from '../../../shared/ui/PasswordField';
import { useSignIn } from '../hooks/useSignIn';
import type { CurrentMember } from '../hooks/useCurrentMember';

type FormErrors = { email?: string; password?: string };

/** Seconds left of a RATE_LIMITED lock-out, counting down once a second. */
function useCountdown(): [number, (seconds: number) => void] {
  const [until, setUntil] = useState<number | null>(null);
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (until === null) return;
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, [until]);
  const left = until === null ? 0 : Math.max(0, Math.ceil((until - now) / 1000));
  const start = (seconds: number) => {
    setNow(Date.now());
    setUntil(Date.now() + seconds * 1000);
  };
  return [left, start];
}

export function SignInForm({ onSignedIn }: { onSignedIn: (member: CurrentMember) => void }) {
  const { t } = useTranslation();
  const { fieldText } = useErrorText();
  const { signIn, loading } = useSignIn();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [formErrors, setFormErrors] = useState<FormErrors>({});
  const [apiError, setApiError] = useState<ApiError | null>(null);
  const [retryLeft, startRetryCountdown] = useCountdown();

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const errors: FormErrors = {};
    if (!email.trim()) errors.email = t('auth.emailRequired');
    if (!password) errors.password = t('auth.passwordRequired');
    setFormErrors(errors);
    setApiError(null);
    if (errors.email || errors.password) return;
    try {
      const member = await signIn(email.trim(), password);
      onSignedIn(member);
    } catch (error) {
      const parsed = toApiError(error);
      setApiError(parsed);
      if (parsed.kind === 'graphql' && parsed.code === 'RATE_LIMITED') {
        startRetryCountdown(parsed.retryAfterSeconds ?? 60);
      }
      if (parsed.kind === 'graphql' && parsed.code === 'BAD_USER_INPUT') {
        const { byField } = splitFieldErrors(parsed, ['email', 'password'] as const);
        setFormErrors({
          email: byField.email ? fieldText(byField.email) : undefined,
          password: byField.password ? fieldText(byField.password) : undefined,
        });
      }
    }
  };

  let message: string | null = null;
  if (apiError?.kind === 'network') {
    message = t('errors.network');
  } else if (apiError?.kind === 'graphql') {
    switch (apiError.code) {
      case 'UNAUTHENTICATED':
        // Deliberately generic: never reveal whether the email exists.
        message = t('auth.invalidCredentials');
        break;
      case 'RATE_LIMITED':
        message =
          retryLeft > 0
            ? t('auth.rateLimited', { seconds: retryLeft })
            : t('auth.rateLimitedNoTime');
        break;
      case 'BAD_USER_INPUT':
        message = apiError.fields.length > 0 ? null : t('auth.invalidCredentials');
        break;
      default:
        message = t('errors.unexpected');
    }
  }

  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-label={t('auth.title')}>
      <Stack gap="md">
        {message ? (
          <Alert
            color="red"
            variant="light"
            icon={<IconAlertCircle size={18} />}
            role="alert"
            data-testid="sign-in-error"
          >
            {message}
          </Alert>
        ) : null}
        <TextInput
          label={t('auth.email')}
          type="email"
          name="email"
          autoComplete="username"
          inputMode="email"
          required
          value={email}
          onChange={(event) => setEmail(event.currentTarget.value)}
          error={formErrors.email}
          size="md"
        />
        <PasswordField
          label={t('auth.password')}
          name="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(event) => setPassword(event.currentTarget.value)}
          error={formErrors.password}
          size="md"
        />
        <Button type="submit" size="md" fullWidth loading={loading} disabled={retryLeft > 0}>
          {t('auth.submit')}
        </Button>
      </Stack>
    </form>
  );
}
