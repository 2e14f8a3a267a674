// The session clock: each session as a bar on one UTC time line, the active one named with its local
// and UTC hours above, so the reader sees the trading day follow the sun. Tick labels are measured
// and thinned until none touches. Pure.

import { formatDate, formatTime } from '../../format/dates';

import { translate, type Messages } from '../../i18n/translate';
import { blockHeight, labelBlock, lineStyles, wrapped, type LabelLine } from '../shared/annotations';
import { isoDay, type PlotArea } from '../shared/axes';
import { lineMark, rectMark, type Mark } from '../shared/scene';
import { measure, textMark, type FontSizes } from '../shared/text';
import { timeScale } from '../shared/timeScale';
import { utcDate } from '../shared/timeSeries';
import { utcInterval } from '../shared/utcIntervals';
import { hourMinute, type ContagionMapInput, type SessionView } from './types';

const barHeight = 12;

function hoursLines(active: SessionView, { messages, fonts, width }: { messages: Messages; fonts: FontSizes; width: number }): LabelLine[] {
  const text = translate(messages, 'contagionMap.chart.sessionHours', {
    session: translate(messages, `contagionMap.session.${active.id}`),
    open: formatTime(active.localOpen, { locale: messages.locale }),
    close: formatTime(active.localClose, { locale: messages.locale }),
    zone: active.timeZone,
    utcOpen: formatTime(hourMinute(active.utcOpen), { locale: messages.locale }),
    utcClose: formatTime(hourMinute(active.utcClose), { locale: messages.locale }),
  });
  return wrapped(text, (part) => lineStyles(fonts).strong(part), width);
}

/** The clock's height in a frame `width` wide: the tallest hours label of any session, bars, axis. */
export function clockHeight(
  input: ContagionMapInput,
  { messages, fonts, width }: { messages: Messages; fonts: FontSizes; width: number },
): number {
  const label = Math.max(...input.sessions.map((session) => blockHeight(hoursLines(session, { messages, fonts, width }))));
  return label + 4 + barHeight + 6 + Math.ceil(fonts.tick * 1.3) + 2;
}

export function clockMarks(
  input: ContagionMapInput,
  { active, box, messages, fonts }: { active: SessionView; box: PlotArea; messages: Messages; fonts: FontSizes },
): Mark[] {
  const label = hoursLines(active, { messages, fonts, width: box.width });
  const tallest = Math.max(...input.sessions.map((session) => blockHeight(hoursLines(session, { messages, fonts, width: box.width }))));
  const barY = box.y + tallest + 4;
  const axisY = barY + barHeight + 3;
  const tickBaseline = axisY + 4 + fonts.tick;
  const utc = translate(messages, 'contagionMap.chart.utc');
  // The axis is in UTC: it says so at its start, where the first tick would otherwise be.
  const start = box.x + measure(utc, { size: fonts.tick }) + 10;

  // The first four sessions run back to back over two days; Taipei reopened a week later and gets a
  // short segment of its own after a break.
  const firstDay = Date.parse(input.sessions[0]!.date);
  const main = input.sessions.filter((session) => Date.parse(session.date) - firstDay <= 86_400_000);
  const later = input.sessions.filter((session) => !main.includes(session));
  const dayStart = (iso: string) => utcDate(iso.slice(0, 10));
  const mainFrom = dayStart(main[0]!.utcOpen);
  const mainTo = new Date(Date.parse(main.at(-1)!.utcClose) + 3 * 3_600_000);
  const breakWidth = later.length > 0 ? 18 : 0;
  const laterDate = later[0] ? formatDate(later[0].date, { locale: messages.locale, style: 'short' }) : '';
  const laterWidth = later.length > 0 ? Math.max(box.width * 0.14, measure(laterDate, { size: fonts.tick, weight: 700 }) + 4) : 0;
  const mainRight = box.x + box.width - breakWidth - laterWidth;
  const mainScale = timeScale({ domain: [mainFrom, mainTo], range: [start, mainRight] });
  const laterScale =
    later.length > 0
      ? timeScale({
          domain: [dayStart(later[0]!.utcOpen), new Date(Date.parse(later.at(-1)!.utcClose) + 2 * 3_600_000)],
          range: [box.x + box.width - laterWidth, box.x + box.width],
        })
      : undefined;
  const xOf = (session: SessionView, iso: string) =>
    later.includes(session) && laterScale ? laterScale(new Date(iso)) : mainScale(new Date(iso));

  const marks: Mark[] = [
    lineMark('clock-axis', start, axisY, mainRight, axisY, 'axis-baseline'),
    textMark('clock-utc', utc, { x: box.x, y: tickBaseline, size: fonts.tick, className: 'axis-label' }),
  ];
  if (laterScale && later[0]) {
    const laterLeft = box.x + box.width - laterWidth;
    marks.push(
      lineMark('clock-axis-later', laterLeft, axisY, box.x + box.width, axisY, 'axis-baseline'),
      lineMark('clock-break', mainRight + 4, axisY, laterLeft - 4, axisY, 'axis-break'),
      textMark('clock-later-date', laterDate, { x: laterLeft, y: tickBaseline, size: fonts.tick, weight: 700, className: 'axis-label' }),
    );
  }
  // Midnights carry the date; between them, the finest even hours whose labels do not touch.
  const laterLeft = laterScale ? box.x + box.width - laterWidth : Infinity;
  for (const every of [3, 6, 12, 24]) {
    const ticks = mainScale.ticks(utcInterval('hour', every)).filter((tick) => mainScale(tick) <= mainRight);
    const labels = ticks.map((tick) => {
      const midnight = tick.getUTCHours() === 0;
      const text = midnight
        ? formatDate(isoDay(tick), { locale: messages.locale, style: 'short' })
        : formatTime(tick.toISOString().slice(11, 16), { locale: messages.locale });
      const width = measure(text, { size: fonts.tick, weight: midnight ? 700 : 400 });
      const x = mainScale(tick);
      // A label that would reach past the axis's start is set from it instead.
      const anchor: 'start' | 'middle' = x - width / 2 < start ? 'start' : 'middle';
      const left = anchor === 'start' ? start : x - width / 2;
      return { tick, text, midnight, left, right: left + width, x, anchor };
    });
    const clear = labels.every(
      (label, index) =>
        label.right <= Math.min(mainRight + 8, laterLeft - 4) && (index === 0 || labels[index - 1]!.right + 8 <= label.left),
    );
    if (!clear && every !== 24) continue;
    for (const label of labels) {
      if (!clear && !label.midnight) continue;
      const key = `clock-tick-${label.tick.toISOString()}`;
      marks.push(
        lineMark(key, label.x, axisY, label.x, axisY + 4, 'axis-tick'),
        textMark(`${key}-label`, label.text, {
          x: label.anchor === 'start' ? label.left : label.x,
          y: tickBaseline,
          size: fonts.tick,
          weight: label.midnight ? 700 : 400,
          anchor: label.anchor,
          className: 'axis-label',
        }),
      );
    }
    break;
  }

  const activeIndex = input.sessions.indexOf(active);
  // The active session is drawn last: Europe's and New York's hours overlap, and New York's bar hid the
  // end of Europe's while Europe was the subject.
  const order = [...input.sessions.filter((session) => session !== active), active];
  order.forEach((session) => {
    const index = input.sessions.indexOf(session);
    const x0 = xOf(session, session.utcOpen);
    const x1 = xOf(session, session.utcClose);
    const status = index === activeIndex ? 'is-active' : index < activeIndex ? 'is-past' : 'is-future';
    marks.push(rectMark(`clock-${session.id}`, x0, barY, Math.max(3, x1 - x0), barHeight, `clock-session ${status}`));
  });
  // The active session's hours, above its bar as far as the frame allows.
  const centre = (xOf(active, active.utcOpen) + xOf(active, active.utcClose)) / 2;
  const widest = Math.max(...label.map((line) => measure(line.text, line)));
  const anchorX = Math.min(Math.max(centre, box.x + widest / 2), box.x + box.width - widest / 2);
  marks.push(...labelBlock('clock-active-label', label, { x: anchorX, top: barY - 4 - blockHeight(label), anchor: 'middle' }));
  return marks;
}
