import { useId, useMemo } from 'react';
import { qrPath } from './qr-path.ts';

/**
 * The QR code of the ticket's follow page, with what it is for. The same address as on the paper
 * ticket, so it is also the way in when nothing was printed. The address itself is not read out
 * (a long token helps nobody); it is kept in data-follow-url.
 */
export function FollowCode({
  url,
  label,
  caption,
  hint,
}: {
  url: string;
  label: string;
  caption: string;
  hint: string;
}) {
  const { size, path } = useMemo(() => qrPath(url), [url]);
  const hintId = useId();
  return (
    <figure className="follow-code">
      <svg
        className="follow-code-image"
        role="img"
        aria-label={label}
        aria-describedby={hintId}
        data-follow-url={url}
        viewBox={`0 0 ${size} ${size}`}
        shapeRendering="crispEdges"
      >
        <rect width={size} height={size} fill="#fff" />
        <path d={path} fill="#000" />
      </svg>
      <figcaption className="follow-code-text">
        <span className="follow-code-caption">{caption}</span>
        <span id={hintId} className="follow-code-hint">
          {hint}
        </span>
      </figcaption>
    </figure>
  );
}
