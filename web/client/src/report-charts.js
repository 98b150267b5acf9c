// Draws the report page's charts from their JSON data islands (no inline script), with chart.js.
import {
  BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip,
} from 'chart.js';
import { chartConfig } from './report-chart-config.js';

Chart.register(BarController, BarElement, CategoryScale, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip);

const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
const charts = [];
for (const island of document.querySelectorAll('script[type="application/json"][data-report-chart]')) {
  const canvas = document.getElementById(island.dataset.reportChart);
  if (canvas) {
    charts.push(new Chart(canvas, chartConfig(JSON.parse(island.textContent), { reducedMotion })));
  }
}

// A printed page is narrower than the screen: redraw at the paper's width, and back afterwards.
window.addEventListener('beforeprint', () => charts.forEach((chart) => chart.resize()));
window.addEventListener('afterprint', () => charts.forEach((chart) => chart.resize()));

for (const button of document.querySelectorAll('.print-button')) {
  button.hidden = false;
  button.addEventListener('click', () => window.print());
}

window.reportCharts = { ready: Promise.resolve(charts.length) };
