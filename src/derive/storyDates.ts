// The story's calendar anchor. Every other date (the Friday before, the Tuesday after, the record
// close) is found in the data relative to this day.

/** Monday 27 January 2025, the day of the selloff. */
export const selloffDay = '2025-01-27';

/** First day of the AI-boom period the Nvidia chapter charts. */
export const boomStart = '2023-01-01';

/** The month after the selloff, whose S&P 500 high and last session the aftermath reports. */
export const aftermathMonth = '2025-02';

/** The pandemic crash, the chip index's low point before the AI boom. */
export const covidCrashYear = '2020';

/** The opening timeline starts the Friday before DeepSeek released V3 (26 December 2024). */
export const timelineStart = '2024-12-20';

/** The aftermath chart's lines begin with 2025 (its first session was on 2 January). */
export const aftermathFrom = '2025-01-01';
