import t from 'tap';
import { formatterFor, locales } from '@kopir/shared';

const kk = formatterFor('kk', { kazakhIcu: true });
const kkWithoutIcu = formatterFor('kk', { kazakhIcu: false });
const days = Array.from({ length: 12 }, (_, month) => `2026-${String(month + 1).padStart(2, '0')}-0${(month % 9) + 1}`);

t.test('Kazakh without the runtime’s Kazakh data reads exactly as with it (Node has full ICU)', async (t) => {
  for (const day of days) {
    t.equal(kkWithoutIcu.date(day), kk.date(day), `the day ${day}`);
    t.equal(kkWithoutIcu.month(day), kk.month(day), `the month of ${day}`);
    t.equal(kkWithoutIcu.dateTime(`${day}T13:45:00.000Z`), kk.dateTime(`${day}T13:45:00.000Z`), `a moment on ${day}`);
  }
  for (const value of [0, 7, 1234.5, 25_000_000, 1_500_000_000]) {
    t.equal(kkWithoutIcu.money(Math.round(value)), kk.money(Math.round(value)), `${value} tenge`);
    t.equal(kkWithoutIcu.number(value, 1), kk.number(value, 1), `the number ${value}`);
    t.equal(kkWithoutIcu.compact(value), kk.compact(value), `${value} on an axis`);
  }
  for (const share of [0, 0.256, 1]) t.equal(kkWithoutIcu.percent(share), kk.percent(share), `the share ${share}`);
  t.equal(kkWithoutIcu.dateRange('2026-05-01', '2027-03-31'), kk.dateRange('2026-05-01', '2027-03-31'), 'a contract’s term');
});

t.test('tenge, dates and numbers as each language writes them', async (t) => {
  const [ru, en] = [formatterFor('ru'), formatterFor('en')];
  const nbsp = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');
  t.equal(nbsp(kk.money(25_000_000)), '25 000 000 ₸', 'Kazakh: groups of three, the tenge sign after');
  t.equal(nbsp(ru.money(25_000_000)), '25 000 000 ₸', 'Russian: the same');
  t.equal(en.money(25_000_000), '₸25,000,000', 'English: the sign first, commas');
  t.equal(kk.date('2026-12-01'), '2026 ж. 01 жел.', 'a Kazakh day, never "2026 M12 1"');
  t.equal(nbsp(ru.date('2026-12-01')), '1 дек. 2026 г.', 'a Russian day');
  t.equal(en.date('2026-12-01'), '1 Dec 2026', 'an English day');
  t.equal(kk.percent(0.256), '25,6%', 'Kazakh percent: no space before the sign');
  t.equal(nbsp(ru.percent(0.256)), '25,6 %', 'Russian percent: a space before it');
  t.equal(en.dateRange('2026-05-01', '2027-03-31'), '1 May 2026 – 31 Mar 2027', 'a term, from one day to another');
  t.equal(en.date('2026-12-31T23:30:00.000Z'), '31 Dec 2026', 'the day of a timestamp is its calendar day, not moved by a time zone');
  for (const locale of locales) t.ok(formatterFor(locale).number(1234) !== '1234', `${locale} groups the digits of 1234`);
});

t.test('moments are written in Astana time, so a deadline reads the same for everyone', async (t) => {
  const en = formatterFor('en');
  t.equal(en.dateTime('2027-04-01T19:30:00.000Z'), '2 Apr 2027 00:30', 'half past seven UTC is already 2 April in Astana');
  t.equal(en.dateTime('2027-04-01T18:59:00.000Z'), '1 Apr 2027 23:59', 'the last minute of 1 April');
  t.equal(en.dateTime('2026-12-31T19:00:00.000Z'), '1 Jan 2027 00:00', 'the new year starts five hours before UTC’s');
});
