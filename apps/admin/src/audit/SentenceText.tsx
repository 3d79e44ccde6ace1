import type { Sentence } from './change-sentences.ts';

/** A change-log sentence; a colour shows as a swatch beside its code ("#0072b2"). */
export function SentenceText({ sentence }: { sentence: Sentence }) {
  return (
    <>
      {sentence.map((part, index) =>
        typeof part === 'string' ? (
          <span key={index}>{part}</span>
        ) : 'value' in part ? (
          // The office's own words keep their direction inside a sentence in the other script.
          <bdi key={index}>{part.value}</bdi>
        ) : (
          <span key={index} className="colour-code">
            <span className="swatch" style={{ background: part.colour }} aria-hidden="true" />
            <code dir="ltr">{part.colour}</code>
          </span>
        ),
      )}
    </>
  );
}
