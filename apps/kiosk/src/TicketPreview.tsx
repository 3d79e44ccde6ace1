import type { TicketDocument } from '@aufruf/printer/document';
import { directionOf } from '@aufruf/ui';
import { useMemo } from 'react';
import { qrPath } from './qr-path.ts';

/**
 * A picture of the paper ticket, line by line from the same document the printer prints: padded
 * number, errand, time, people ahead, wait, QR code, advice. Each line carries data-paper with its
 * field name, so a test can hold it against the decoded bytes.
 */
export function TicketPreview({ caption, paper }: { caption: string; paper: TicketDocument }) {
  const { size, path } = useMemo(() => qrPath(paper.followUrl, 0), [paper.followUrl]);
  return (
    <figure className="paper">
      <figcaption className="paper-caption">{caption}</figcaption>
      {/* Its own language and direction: German paper on an Arabic screen still reads left to right. */}
      <div className="paper-ticket" lang={paper.language} dir={directionOf(paper.language)}>
        <p className="paper-office" data-paper="officeName">
          {paper.officeName}
        </p>
        <p className="paper-label" data-paper="yourNumber">
          {paper.yourNumber}
        </p>
        <p className="paper-number" dir="ltr" data-paper="number">
          {paper.number}
        </p>
        <p className="paper-errand" data-paper="errandName">
          {paper.errandName}
        </p>
        <p className="paper-line" data-paper="drawnAt">
          {paper.drawnAt}
        </p>
        <p className="paper-line" data-paper="ahead">
          {paper.ahead}
        </p>
        {paper.estimate === null ? null : (
          <p className="paper-line" data-paper="estimate">
            {paper.estimate}
          </p>
        )}
        {paper.pastClosing === null ? null : (
          <p className="paper-line" data-paper="pastClosing">
            {paper.pastClosing}
          </p>
        )}
        {/* A picture of the printed code, not a second way in: the screen's own code is beside it. */}
        <svg
          className="paper-qr"
          aria-hidden="true"
          data-paper="followUrl"
          data-follow-url={paper.followUrl}
          viewBox={`0 0 ${size} ${size}`}
          shapeRendering="crispEdges"
        >
          <path d={path} fill="#000" />
        </svg>
        <p className="paper-footer" data-paper="advice">
          {paper.advice}
        </p>
      </div>
    </figure>
  );
}
