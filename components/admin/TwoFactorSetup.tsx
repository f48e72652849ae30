/**
 * The first two steps of setting up two-factor sign-in (the account page and the sign-in that a
 * role requires it at): an app, then the QR code, or the key typed by hand. The third step, the
 * first code, is the form the page puts after this.
 */
import { QrCode } from '@/components/admin/QrCode';

export function TwoFactorSetup({ setup }: { setup: { uri: string; secret: string; qr: { size: number; d: string } } }) {
  return (
    <ol className="mt-3 flex list-decimal flex-col gap-4 ps-6">
      <li>
        Open an authenticator app on your phone (any app for “TOTP” codes: Google Authenticator, Microsoft
        Authenticator, 1Password, Aegis, FreeOTP…).
      </li>
      <li>
        <p>Add an account in the app by scanning this QR code:</p>
        <div className="mt-2">
          <QrCode size={setup.qr.size} d={setup.qr.d} label="QR code of the two-factor setup key" />
        </div>
        <p className="mt-2">Or type this key into the app (“enter a setup key”, time-based):</p>
        <p className="mt-1">
          <code
            className="inline-block rounded border border-line px-2 py-1 font-mono break-all"
            data-testid="totp-secret"
          >
            {setup.secret}
          </code>
        </p>
        <details className="mt-2">
          <summary className="cursor-pointer font-semibold">The setup link (otpauth://)</summary>
          <p className="mt-1 text-sm break-all">
            <code data-testid="totp-uri">{setup.uri}</code>
          </p>
        </details>
      </li>
      <li>Type the 6-digit code the app shows, to check that it works:</li>
    </ol>
  );
}
