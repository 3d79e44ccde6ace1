import { useEffect, useRef, useState } from 'react';
import QRCode from 'qrcode';
import { formatClock } from '@aufruf/ui';
import { useI18n } from '../i18n-context.ts';
import type { CreatedPairing } from './DevicesView.tsx';

/** The new code, large enough to read across a desk, with its link and a QR code of the link. */
export function PairingResult({
  pairing,
  timeZone,
  onDone,
}: {
  pairing: CreatedPairing;
  timeZone: string;
  onDone: () => void;
}) {
  const { t, language } = useI18n();
  const heading = useRef<HTMLHeadingElement>(null);
  const [qr, setQr] = useState<{ link: string; svg: string } | null>(null);

  // Screen readers and the keyboard land on the new code rather than on the vanished form.
  useEffect(() => heading.current?.focus(), []);

  useEffect(() => {
    let current = true;
    void QRCode.toString(pairing.link, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' }).then(
      (svg) => current && setQr({ link: pairing.link, svg }),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [pairing.link]);

  return (
    <section className="card pairing-result" aria-labelledby="pairing-result-title">
      <h2 id="pairing-result-title" ref={heading} tabIndex={-1} className="card__title">
        {t('pairCodeTitle', { name: pairing.name })}
      </h2>
      <p className="pairing-result__code">
        <span className="visually-hidden">{t('pairCodeFor')}: </span>
        {pairing.code}
      </p>
      <div className="pairing-result__body">
        <div>
          <p>{t('pairExpires', { time: formatClock(pairing.expiresAt, timeZone, language) })}</p>
          <p className="muted">{t('pairHowTo')}</p>
          <p className="pairing-result__link">
            <a href={pairing.link}>{pairing.link}</a>
          </p>
        </div>
        {qr && qr.link === pairing.link ? (
          <img
            className="pairing-result__qr"
            src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(qr.svg)}`}
            alt={t('pairQr')}
            width={160}
            height={160}
          />
        ) : null}
      </div>
      <button type="button" className="button" onClick={onDone}>
        {t('pairDone')}
      </button>
    </section>
  );
}
