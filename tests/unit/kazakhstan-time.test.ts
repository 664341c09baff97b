import t from 'tap';
import { kazakhstanTime } from '../../web/src/reports/timestamp.ts';

t.test('report times are written in Astana time, so a deadline reads the same for everyone', async (t) => {
  const day = (iso: string) => `[${iso}]`;
  t.equal(kazakhstanTime('2027-04-01T19:30:00.000Z', day), '[2027-04-02] 00:30', 'half past seven UTC is already 2 April in Astana');
  t.equal(kazakhstanTime('2027-04-01T18:59:00.000Z', day), '[2027-04-01] 23:59', 'the last minute of 1 April');
  t.equal(kazakhstanTime('2026-12-31T19:00:00.000Z', day), '[2027-01-01] 00:00', 'the new year starts five hours before UTC’s');
});
