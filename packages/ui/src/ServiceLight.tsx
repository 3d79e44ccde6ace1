import type { ServiceLevel } from '@aufruf/core';

/**
 * An errand's traffic light for its longest wait (see serviceLevel in @aufruf/core): nothing while
 * green, an amber or red dot otherwise, named for screen readers by the staff screen's own words.
 */
export function ServiceLight({ level, label }: { level: ServiceLevel; label: string }) {
  if (level === 'green') return null;
  return <span className={`light light--${level}`} role="img" aria-label={label} />;
}
