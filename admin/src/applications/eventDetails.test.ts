import { describe, expect, it } from 'vitest';
import { eventDetails } from './eventDetails';

describe('eventDetails', () => {
  it('lists the filled keys, dates in Astana time, lists joined', () => {
    expect(eventDetails({ receiptNumber: 'R-2026-000012', dueAt: '2026-03-10T12:59:59.999Z', grounds: [1, 3], note: null, empty: '' }, 'ru')).toEqual([
      { key: 'receiptNumber', value: 'R-2026-000012' },
      { key: 'dueAt', value: '10.03.2026, 17:59:59' },
      { key: 'grounds', value: '1, 3' },
    ]);
  });

  it('has nothing to say about missing or odd data', () => {
    expect(eventDetails(null, 'kk')).toEqual([]);
    expect(eventDetails([1, 2], 'kk')).toEqual([]);
  });
});
