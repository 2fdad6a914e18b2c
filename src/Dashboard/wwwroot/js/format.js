/** What the page shows for a figure it does not have (yet), such as the pods of a board before the pods feature. */
export const DASH = '—';

const whole = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const tenths = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });
const hundredths = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

/** A value as text: numbers with separators, null and undefined as a dash. */
export function show(value) {
  if (value === undefined || value === null) return DASH;
  return typeof value === 'number' ? formatNumber(value) : String(value);
}

/** Whole numbers exactly; fractions with as many decimals as their size deserves (0.25, 3.5, 120). */
export function formatNumber(value) {
  if (value === undefined || value === null || Number.isNaN(value)) return DASH;
  if (Number.isInteger(value)) return whole.format(value);
  const size = Math.abs(value);
  return (size >= 100 ? whole : size >= 10 ? tenths : hundredths).format(value);
}

/** A duration as its two largest units: "3d 4h", "5m 12s", "42s". */
export function formatDuration(seconds) {
  let rest = Math.max(0, Math.floor(seconds));
  const parts = [];
  for (const [unit, size] of [['d', 86400], ['h', 3600], ['m', 60], ['s', 1]]) {
    const count = Math.floor(rest / size);
    rest -= count * size;
    if (count > 0 || (unit === 's' && parts.length === 0)) parts.push(`${count}${unit}`);
  }
  return parts.slice(0, 2).join(' ');
}

/** A moment as local date and time. */
export function formatTime(iso) {
  return new Date(iso).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'medium' });
}

/** An input's text as the API expects a number: a number when it reads as one, left out when empty, else the text for the API to refuse. */
export function numberOf(text) {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  const number = Number(trimmed);
  return Number.isFinite(number) ? number : trimmed;
}
