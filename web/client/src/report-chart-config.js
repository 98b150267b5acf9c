// Maps a report chart's data island (ChartIsland.Json on the server) to a chart.js configuration.
// Pure: no DOM, no chart.js import, so Node's test runner checks it as it is.

// Colours with at least 3:1 contrast on white; lines also differ in dash and point shape, never by colour alone.
const palette = ['#00598a', '#b34700', '#1d6b2f', '#6b2f8a', '#8a1c1c', '#4a4a4a'];
const dashes = [[], [6, 4], [2, 3], [10, 3, 2, 3], [1, 2], [8, 8]];
const pointStyles = ['circle', 'rect', 'triangle', 'rectRot', 'star', 'crossRot'];

/** A point's value, or null (a gap) when the figure is not exact: "< 5", "afgeschermd" and "te weinig gegevens" are never drawn. */
export function pointValue(point) {
  return point && point.kind === 'exact' && typeof point.value === 'number' ? point.value : null;
}

/**
 * @param {{kind: 'line'|'bar', title: string, labels: string[], series: {label: string, points: {kind: string, value?: number}[]}[]}} chart
 * @param {{reducedMotion?: boolean}} [options]
 */
export function chartConfig(chart, { reducedMotion = false } = {}) {
  const line = chart.kind === 'line';
  return {
    type: line ? 'line' : 'bar',
    data: {
      labels: [...chart.labels],
      datasets: chart.series.map((series, i) => {
        const colour = palette[i % palette.length];
        return {
          label: series.label,
          data: series.points.map(pointValue),
          borderColor: colour,
          backgroundColor: colour,
          ...(line
            ? { borderDash: dashes[i % dashes.length], pointStyle: pointStyles[i % pointStyles.length], pointRadius: 4, spanGaps: false, fill: false }
            : {}),
        };
      }),
    },
    options: {
      locale: 'nl-NL',
      responsive: true,
      maintainAspectRatio: false,
      animation: reducedMotion ? false : { duration: 400 },
      // The table beneath the chart is the accessible version; the canvas itself is hidden from screen readers.
      plugins: {
        legend: { display: chart.series.length > 1, position: 'bottom' },
        title: { display: false },
      },
      scales: {
        y: { beginAtZero: true, ticks: { precision: 0 } },
      },
    },
  };
}
