import { useEffect, useRef } from 'react';
import { BarController, BarElement, CategoryScale, Chart, LinearScale, Tooltip } from 'chart.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip);
Chart.defaults.font.family = "'Atkinson Hyperlegible', system-ui, sans-serif";
Chart.defaults.font.size = 14;

export interface BarChartSpec {
  readonly labels: readonly string[];
  readonly values: readonly number[];
  /** One colour, or one per bar; `--name` reads the theme's custom property. */
  readonly colors: readonly string[];
  /** Bars lying down: for long category names such as errands. */
  readonly horizontal?: boolean;
  /** The series' name in the tooltip ("Ankünfte"). */
  readonly series: string;
}

/**
 * A calm bar chart (chart.js, no animation). It is an image with a summary as its accessible name; every
 * chart on the page has the same figures as a table next to it.
 */
export function BarChart({
  spec,
  description,
  height,
}: {
  spec: BarChartSpec;
  description: string;
  height: number;
}) {
  const canvas = useRef<HTMLCanvasElement>(null);
  // The page re-renders every second (the clock): only new figures make a new chart.
  const key = JSON.stringify(spec);

  useEffect(() => {
    const element = canvas.current;
    if (!element) return;
    const { labels, values, colors, horizontal = false, series } = JSON.parse(key) as BarChartSpec;
    const style = getComputedStyle(element);
    const resolve = (color: string): string =>
      color.startsWith('--') ? style.getPropertyValue(color).trim() || '#0b4f9c' : color;
    const text = resolve('--text');
    const grid = resolve('--border');
    const valueAxis = { beginAtZero: true, ticks: { precision: 0, color: text }, grid: { color: grid } };
    // Errands are few and each name matters; hours and days may thin out their labels on a narrow screen.
    const categoryAxis = { ticks: { color: text, autoSkip: !horizontal }, grid: { display: false } };
    const chart = new Chart(element, {
      type: 'bar',
      data: {
        labels: [...labels],
        datasets: [
          {
            label: series,
            data: [...values],
            backgroundColor: colors.map(resolve),
            // A dark edge keeps light bars (yellow, sky blue) visible on white.
            borderColor: text,
            borderWidth: 1,
            maxBarThickness: 48,
          },
        ],
      },
      options: {
        indexAxis: horizontal ? 'y' : 'x',
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        plugins: { legend: { display: false }, tooltip: { enabled: true } },
        scales: horizontal ? { x: valueAxis, y: categoryAxis } : { x: categoryAxis, y: valueAxis },
      },
    });
    return () => chart.destroy();
  }, [key]);

  return (
    <div className="chart" style={{ height }}>
      <canvas ref={canvas} role="img" aria-label={description} />
    </div>
  );
}
