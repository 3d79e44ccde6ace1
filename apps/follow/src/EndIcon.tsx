/** A quiet sign above the closing words: a tick when the errand is done, an "i" when there is more to do. */
export function EndIcon({ kind }: { kind: 'served' | 'info' }) {
  return (
    <svg class={`end-icon end-icon--${kind}`} viewBox="0 0 48 48" aria-hidden="true" focusable="false">
      <circle cx="24" cy="24" r="21" fill="none" stroke="currentColor" stroke-width="3" />
      {kind === 'served' ? (
        <path
          d="m14 25 7 7 13-15"
          fill="none"
          stroke="currentColor"
          stroke-width="4"
          stroke-linecap="round"
          stroke-linejoin="round"
        />
      ) : (
        <>
          <circle cx="24" cy="15" r="2.8" fill="currentColor" />
          <path d="M24 22v13" stroke="currentColor" stroke-width="4.5" stroke-linecap="round" />
        </>
      )}
    </svg>
  );
}
