// Display formatting through Intl, in the UI's locale.
let locale = navigator.language || 'en';

export function setFormatLocale(next: string): void {
  locale = next;
}

export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const date = new Date(iso.length === 10 ? `${iso}T12:00:00` : iso);
  return Number.isNaN(date.getTime()) ? iso : new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(date);
}

export function formatNumber(n: number): string {
  return new Intl.NumberFormat(locale).format(n);
}
