import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chartConfig, pointValue } from '../src/report-chart-config.js';

const island = {
  key: 'casussen-per-maand',
  title: 'Besproken casussen per maand',
  kind: 'line',
  labels: ['jan', 'feb', 'mrt'],
  series: [
    { label: 'Besproken', points: [{ kind: 'exact', value: 9 }, { kind: 'small', text: '< 5' }, { kind: 'exact', value: 14 }] },
    { label: 'Ingebracht', points: [{ kind: 'protected', text: 'afgeschermd' }, { kind: 'exact', value: 0 }, { kind: 'too-few', text: 'te weinig gegevens' }] },
  ],
};

test('exact points keep their value, zero included', () => {
  assert.deepEqual(chartConfig(island).data.datasets[0].data, [9, null, 14]);
  assert.equal(pointValue({ kind: 'exact', value: 0 }), 0);
});

test('small, protected and too-few points are gaps, even if a value slipped in', () => {
  assert.deepEqual(chartConfig(island).data.datasets[1].data, [null, 0, null]);
  assert.equal(pointValue({ kind: 'small', value: 3 }), null);
  assert.equal(pointValue(undefined), null);
});

test('a line chart does not bridge its gaps and tells its series apart by dash and point shape', () => {
  const [first, second] = chartConfig(island).data.datasets;
  assert.equal(first.spanGaps, false);
  assert.notDeepEqual(first.borderDash, second.borderDash);
  assert.notEqual(first.pointStyle, second.pointStyle);
});

test('a bar chart maps to chart.js bars with the labels and series names', () => {
  const config = chartConfig({ ...island, kind: 'bar' });
  assert.equal(config.type, 'bar');
  assert.deepEqual(config.data.labels, ['jan', 'feb', 'mrt']);
  assert.deepEqual(config.data.datasets.map((d) => d.label), ['Besproken', 'Ingebracht']);
  assert.equal(config.data.datasets[0].spanGaps, undefined);
});

test('reduced motion turns animation off', () => {
  assert.equal(chartConfig(island, { reducedMotion: true }).options.animation, false);
  assert.notEqual(chartConfig(island).options.animation, false);
});

test('one series needs no legend; several do', () => {
  assert.equal(chartConfig(island).options.plugins.legend.display, true);
  assert.equal(chartConfig({ ...island, series: [island.series[0]] }).options.plugins.legend.display, false);
});

test('the labels are copied, not shared with the island', () => {
  const config = chartConfig(island);
  config.data.labels.push('apr');
  assert.equal(island.labels.length, 3);
});
