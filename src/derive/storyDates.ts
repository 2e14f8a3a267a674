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
