import { useEffect, useRef, useState } from 'react';
import { revokeDevice } from '../admin-api.ts';
import type { Device } from '../admin-api.ts';
import { useAdmin } from '../admin-context.ts';
import { apiErrorKey } from '../api-error.ts';
import { useI18n } from '../i18n-context.ts';
import type { MessageKey } from '../i18n.ts';

/** Asks before a device is blocked: it is cut off at once and needs a new code to come back. */
export function RevokeDialog({ device, onClose }: { device: Device; onClose: (revoked: boolean) => void }) {
  const { t } = useI18n();
  const { secret, onUnauthorized } = useAdmin();
  const dialog = useRef<HTMLDialogElement>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<MessageKey | null>(null);

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    return () => element?.close();
  }, []);

  const confirm = (): void => {
    setBusy(true);
    setError(null);
    void revokeDevice(secret, device.id).then((result) => {
      setBusy(false);
      if (result.ok) onClose(true);
      else if (result.status === 401) onUnauthorized();
      // Blocked meanwhile (another admin window): the list only needs refreshing.
      else if (result.status === 404) onClose(true);
      else setError(apiErrorKey(result));
    });
  };

  return (
    <dialog
      ref={dialog}
      className="dialog"
      aria-labelledby="revoke-title"
      aria-describedby="revoke-text"
      onCancel={(event) => {
        event.preventDefault();
        if (!busy) onClose(false);
      }}
    >
      <h2 id="revoke-title" className="dialog__title">
        {t('confirmRevokeTitle')}
      </h2>
      <p id="revoke-text">{t('confirmRevokeText', { name: device.name })}</p>
      {error ? (
        <p className="alert" role="alert">
          {t(error)}
        </p>
      ) : null}
      <div className="dialog__buttons">
        <button type="button" className="button" onClick={() => onClose(false)} disabled={busy} autoFocus>
          {t('cancel')}
        </button>
        <button type="button" className="button button--danger" onClick={confirm} disabled={busy}>
          {t('revoke')}
        </button>
      </div>
    </dialog>
  );
}
