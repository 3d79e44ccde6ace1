/** A loudspeaker, with sound waves or crossed out; decoration beside words that say the same. */
export function SpeakerIcon({ muted = false, className }: { muted?: boolean; className?: string }) {
  return (
    <svg
      className={className}
      viewBox="0 0 24 24"
      width="24"
      height="24"
      aria-hidden="true"
      focusable="false"
    >
      <path fill="currentColor" d="M3 9v6h4l5 4.5V4.5L7 9H3Z" />
      {muted ? (
        <path stroke="currentColor" strokeWidth="2" strokeLinecap="round" d="m16 9 5 6m0-6-5 6" />
      ) : (
        <path
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
          strokeLinecap="round"
          d="M15.5 8.5a5 5 0 0 1 0 7M18.5 5.5a9 9 0 0 1 0 13"
        />
      )}
    </svg>
  );
}
