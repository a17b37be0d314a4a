// Executions and errors per hour as an SVG bar chart: one bar per hour (its errors drawn over it in the error
// colour), each with a title read on hover and by screen readers, and a summary as the figure's caption.
import { h } from 'preact';

const BAR = 10;
const HEIGHT = 100;

function label(start, range) {
  const d = new Date(start);
  return range === '24h' ? d.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })
    : d.toLocaleString([], { weekday: 'short', hour: '2-digit', minute: '2-digit' });
}

export function HourChart({ hours, range }) {
  const max = Math.max(1, ...hours.map((x) => x.executions));
  const scale = (n) => (n / max) * HEIGHT;
  const busiest = hours.reduce((b, x) => (x.executions > b.executions ? x : b), hours[0]);
  const caption = busiest.executions
    ? `Busiest hour: ${label(busiest.start, range)} with ${count(busiest.executions, 'execution')}, ${count(busiest.errors, 'error')}.`
    : 'No executions in this range.';
  return h('figure', { class: 'hour-chart card' },
    h('div', { class: 'chart-head' }, h('h2', null, 'Executions and errors per hour'),
      h('span', { class: 'legend' }, h('span', { class: 'swatch ok' }), 'executions ', h('span', { class: 'swatch bad' }), 'errors')),
    h('div', { class: 'chart-body' },
      h('span', { class: 'y-max muted', 'aria-hidden': 'true' }, max),
      h('svg', { viewBox: `0 0 ${hours.length * BAR} ${HEIGHT}`, preserveAspectRatio: 'none', role: 'img',
        'aria-label': `Executions and errors per hour, ${range === '24h' ? 'last 24 hours' : 'last 7 days'}` },
        hours.map((x, i) => h('g', { class: 'hour', key: x.start, 'data-start': x.start, 'data-executions': x.executions, 'data-errors': x.errors },
          h('title', null, `${label(x.start, range)}: ${x.executions} executions, ${x.errors} errors`),
          h('rect', { class: 'hit', x: i * BAR, y: 0, width: BAR, height: HEIGHT }),
          x.executions ? h('rect', { class: 'bar', x: i * BAR + 1, y: HEIGHT - scale(x.executions), width: BAR - 2, height: scale(x.executions) }) : null,
          x.errors ? h('rect', { class: 'bar-error', x: i * BAR + 1, y: HEIGHT - scale(x.errors), width: BAR - 2, height: scale(x.errors) }) : null)))),
    h('div', { class: 'x-axis muted', 'aria-hidden': 'true' }, h('span', null, label(hours[0].start, range)), h('span', null, 'now')),
    h('figcaption', { class: 'muted' }, caption));
}

function count(n, noun) {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
