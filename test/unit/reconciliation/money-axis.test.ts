// The chart's money axis: round steps, every label the exact amount of its gridline, and room for
// every bar, also below zero and for amounts of a few cents.
import { describe, expect, it } from 'vitest';
import { axisLabel, moneyAxis } from '../../../src/renderer/components/reconciliation/money-axis';

const plain = (text: string) => text.replace(/\u00a0/g, ' ');
const labels = (values: number[], locale: 'nl' | 'en' = 'nl') => {
  const axis = moneyAxis(values);
  return axis.ticks.map((tick) => plain(axisLabel(tick, axis.decimals, locale)));
};

describe('the chart’s money axis', () => {
  it('steps the quarter of the screenshot by € 5.000, not € 4.500, each label its full amount', () => {
    // The quarter's highest bar was Moneybird's 1a at € 17.5xx: gridlines then said "€ 4,5K, € 9K,
    // € 14K, € 18K", the third of them € 13.500.
    const axis = moneyAxis([14_600.12, 17_615.9, 11_600, 12_300.4, 1_100, 0]);
    expect(axis.step).toBe(5_000);
    expect(axis.ticks).toEqual([0, 5_000, 10_000, 15_000, 20_000]);
    expect(labels([14_600.12, 17_615.9])).toEqual(['€ 0', '€ 5.000', '€ 10.000', '€ 15.000', '€ 20.000']);
    expect(labels([14_600.12, 17_615.9], 'en')).toEqual(['€0', '€5,000', '€10,000', '€15,000', '€20,000']);
  });

  it('takes round steps of 1, 2, 2½ or 5 times a power of ten, and reaches above the highest bar', () => {
    for (const max of [0.07, 3.2, 40, 99.99, 8_475.24, 9_000, 10_000, 10_001, 123_456.78, 2_500_000]) {
      const axis = moneyAxis([max, max / 3]);
      const power = 10 ** Math.floor(Math.log10(axis.step));
      expect(
        [1, 2, 2.5, 5, 10].map((m) => Math.round(m * power * 100) / 100),
        String(max),
      ).toContain(axis.step);
      expect(axis.ticks[0]).toBe(0);
      expect(axis.ticks.at(-1)!, String(max)).toBeGreaterThanOrEqual(max);
      expect(axis.ticks.length, String(max)).toBeGreaterThanOrEqual(3);
      expect(axis.ticks.length, String(max)).toBeLessThanOrEqual(6);
      // Every tick is a whole multiple of the step, written exactly.
      for (const [i, tick] of axis.ticks.entries()) expect(tick).toBe(Math.round(i * axis.step * 100) / 100);
      expect(axis.domain).toEqual([axis.ticks[0], axis.ticks.at(-1)]);
    }
    // The month of the screenshot: € 0 to € 10.000 by € 2.500.
    expect(labels([5_413.16, 8_475.24, 539.07])).toEqual([
      '€ 0',
      '€ 2.500',
      '€ 5.000',
      '€ 7.500',
      '€ 10.000',
    ]);
  });

  it('writes cents only where a step has them', () => {
    expect(labels([8.3, 8.12])).toEqual(['€ 0,00', '€ 2,50', '€ 5,00', '€ 7,50', '€ 10,00']);
    expect(labels([40, 5])).toEqual(['€ 0', '€ 10', '€ 20', '€ 30', '€ 40']);
    expect(labels([0.07])).toEqual(['€ 0,00', '€ 0,02', '€ 0,04', '€ 0,06', '€ 0,08']);
  });

  it('reaches below zero for a line of credits, and has an axis when there is nothing', () => {
    const axis = moneyAxis([-1_250, 3_000]);
    expect(axis.ticks).toEqual([-2_000, 0, 2_000, 4_000]);
    expect(labels([-1_250, 3_000])).toEqual(['€ -2.000', '€ 0', '€ 2.000', '€ 4.000']);
    expect(moneyAxis([0, 0])).toMatchObject({ ticks: [0, 1], decimals: 0 });
    expect(moneyAxis([])).toMatchObject({ ticks: [0, 1] });
  });
});
