import { errandTone } from './errand-tone.ts';

/**
 * An errand's letter on its colour. The letter always carries the meaning; the colour only helps,
 * so the badge stays useful for colour-blind readers and in greyscale.
 */
export function ErrandBadge({
  letter,
  index,
  className,
}: {
  letter: string;
  index: number;
  className?: string;
}) {
  return (
    <span className={className ? `errand-badge ${className}` : 'errand-badge'} data-tone={errandTone(index)}>
      {letter}
    </span>
  );
}
