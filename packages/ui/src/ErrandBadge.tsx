import { toneStyle } from './errand-colour.ts';
import { errandTone } from './errand-tone.ts';

/**
 * An errand's letter on its colour. The letter always carries the meaning; the colour only helps,
 * so the badge stays useful for colour-blind readers and in greyscale.
 */
export function ErrandBadge({
  letter,
  index,
  colour,
  className,
}: {
  letter: string;
  index: number;
  /** The office's own colour for the errand ("#rrggbb"); the theme's tone by position otherwise. */
  colour?: string | undefined;
  className?: string;
}) {
  return (
    <span
      className={className ? `errand-badge ${className}` : 'errand-badge'}
      data-tone={errandTone(index)}
      style={toneStyle(colour)}
    >
      {letter}
    </span>
  );
}
