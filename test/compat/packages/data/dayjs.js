// dayjs 1.11 unmodified: parsing, formatting, arithmetic, comparison, plugins (utc, timezone through Intl,
// customParseFormat, relativeTime with a fixed "now", duration, isoWeek, advancedFormat...) and locales, on fixed
// dates; local time in UTC, then in a zone with daylight saving time.
process.env.TZ = 'UTC';
const dayjs = require('dayjs');
for (const plugin of ['utc', 'timezone', 'customParseFormat', 'relativeTime', 'duration', 'isoWeek', 'advancedFormat',
  'weekOfYear', 'weekYear', 'dayOfYear', 'quarterOfYear', 'isBetween', 'isSameOrAfter', 'isLeapYear', 'localizedFormat', 'minMax',
  'objectSupport', 'toObject', 'calendar', 'updateLocale', 'weekday', 'localeData']) {
  dayjs.extend(require(`dayjs/plugin/${plugin}`));
}
require('dayjs/locale/de');
require('dayjs/locale/ja');
require('dayjs/locale/fr');

const show = (label, value) => console.log(label, JSON.stringify(value));
const d = dayjs('2024-02-29T13:45:30.123Z');

show('basics', [d.isValid(), d.valueOf(), d.unix(), d.toISOString(), d.toJSON(), d.toString(), d.year(), d.month(),
  d.date(), d.day(), d.hour(), d.minute(), d.second(), d.millisecond(), d.daysInMonth(), d.utcOffset()]);
show('format', [d.format(), d.format('YYYY-MM-DD HH:mm:ss.SSS Z ZZ'), d.format('dddd, MMMM D YYYY h:mm A'),
  d.format('[Today is] ddd [the] Do'), d.format('Q Qo wo ww gggg W WW GGGG X x k kk DDDD'), d.format('LT LTS L LL LLL LLLL l ll')]);
show('arithmetic', [d.add(1, 'year').format('YYYY-MM-DD'), d.subtract(1, 'month').format('YYYY-MM-DD'), d.add(1, 'M').date(),
  d.add(7, 'day').format('MM-DD'), d.add(36, 'hour').toISOString(), d.add(1, 'quarter').format('YYYY-MM-DD'),
  d.startOf('month').toISOString(), d.endOf('year').toISOString(), d.startOf('week').format('ddd MM-DD'),
  d.startOf('isoWeek').format('ddd MM-DD'), d.endOf('quarter').format('MM-DD'), d.set('month', 0).format('MM-DD'),
  d.month(13).format('YYYY-MM'), d.date(0).format('MM-DD')]);
const other = dayjs('2023-01-15T00:00:00Z');
show('diff', [d.diff(other), d.diff(other, 'day'), d.diff(other, 'month'), d.diff(other, 'month', true),
  d.diff(other, 'year', true), d.diff(other, 'week'), other.diff(d, 'hour')]);
show('compare', [d.isBefore(other), d.isAfter(other), d.isSame('2024-02-29', 'day'), d.isSame(other, 'year'),
  d.isBetween(other, '2025-01-01'), d.isBetween(other, d, 'day', '[]'), d.isSameOrAfter(d), d.isLeapYear(),
  other.isLeapYear(), dayjs.max(d, other).year(), dayjs.min([d, other]).year(), dayjs.isDayjs(d)]);
show('parse', [dayjs('2024-03-10').toISOString(), dayjs('2024-03-10 08:09').toISOString(), dayjs(0).toISOString(),
  dayjs(new Date(86400000)).toISOString(), dayjs.unix(1700000000).toISOString(), dayjs('not a date').isValid(),
  String(dayjs('nope')), dayjs({ year: 2020, month: 1, day: 3, hour: 4 }).toISOString(), dayjs([2020, 5, 6]).isValid()]);
show('customParseFormat', [dayjs('12-25-1995', 'MM-DD-YYYY').format('YYYY/MM/DD'),
  dayjs('1970-00-00', 'YYYY-MM-DD', true).isValid(), dayjs('2 Mar 2021 5:06 PM', 'D MMM YYYY h:mm A').toISOString(),
  dayjs('2021-03-02 +0530', 'YYYY-MM-DD ZZ').toISOString(), dayjs('Montag 5. Juli 2021', 'dddd D. MMMM YYYY', 'de').format('YYYY-MM-DD')]);
show('toObject/toArray', [d.toObject(), dayjs('2020-01-01T00:00:00Z').toDate().getTime()]);

show('utc', [dayjs.utc('2024-06-01T12:00:00').format(), dayjs.utc().isUTC(), d.utcOffset(120).format(),
  d.utcOffset(-300, true).toISOString(), d.local().format()]);
show('timezone', [d.tz('America/New_York').format('YYYY-MM-DD HH:mm Z z'), d.tz('Asia/Kolkata').format(),
  dayjs.tz('2024-07-04 09:00', 'Europe/Berlin').toISOString(), dayjs.tz('2024-03-10 02:30', 'America/New_York').format(),
  dayjs('2024-11-03T05:30:00Z').tz('America/New_York').format('HH:mm Z'), d.tz('Australia/Lord_Howe').utcOffset(),
  d.tz('Asia/Tokyo').offsetName('long')]);

const now = dayjs('2024-05-01T00:00:00Z');
show('relativeTime', [dayjs('2024-04-30T23:59:30Z').from(now), dayjs('2024-04-01T00:00:00Z').from(now),
  dayjs('2023-01-01T00:00:00Z').from(now), dayjs('2024-05-01T05:00:00Z').from(now), now.to(dayjs('2029-05-01')),
  dayjs('2024-04-29T00:00:00Z').from(now, true), now.locale('de').to(dayjs('2024-05-03T00:00:00Z'))]);
show('calendar', [dayjs('2024-05-02T10:00:00Z').calendar(now), dayjs('2024-04-29T10:00:00Z').calendar(now),
  dayjs('2024-06-29T10:00:00Z').calendar(now)]);

const dur = dayjs.duration({ days: 1, hours: 2, minutes: 3, seconds: 4.5 });
show('duration', [dur.asMilliseconds(), dur.asHours(), dur.toISOString(), dur.humanize(), dur.format('D[d] HH:mm:ss.SSS'),
  dayjs.duration(-90, 'minutes').humanize(true), dayjs.duration('P1Y2M3DT4H5M6S').toJSON(), dur.add(1, 'day').days(),
  dayjs.duration(3661000).hours(), dayjs.isDuration(dur)]);

show('locales', [d.locale('de').format('dddd, D. MMMM YYYY LT'), d.locale('ja').format('LLLL'), d.locale('fr').format('LLL'),
  dayjs().locale('fr').$L, dayjs.locale(), d.locale('de').localeData().weekdays().slice(0, 2),
  dayjs.localeData().months().length, d.locale('fr').weekday(0).format('dddd')]);
dayjs.updateLocale('en', { relativeTime: { ...dayjs.Ls.en.relativeTime, past: '%s back' } });
show('updateLocale', dayjs('2024-04-30T00:00:00Z').from(now));

process.env.TZ = 'America/New_York';
const winter = dayjs('2024-01-15T12:00:00Z');
const summer = dayjs('2024-07-15T12:00:00Z');
show('local New York', [winter.format(), summer.format(), winter.utcOffset(), summer.utcOffset(), dayjs('2024-03-10').toISOString(),
  dayjs('2024-03-10T12:00').add(1, 'day').format(), dayjs('2024-11-03').endOf('day').toISOString(), summer.startOf('day').format()]);
