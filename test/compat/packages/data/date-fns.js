// date-fns 4 unmodified (its CommonJS build): formatting with tokens and locales, parsing, arithmetic,
// differences, intervals, durations and validation, on fixed dates in UTC, then in a zone with daylight saving.
process.env.TZ = 'UTC';
const fns = require('date-fns');
const { de, ja, fr } = require('date-fns/locale');

const show = (label, value) => console.log(label, JSON.stringify(value));
const d = new Date(Date.UTC(2024, 1, 29, 13, 45, 30, 123));

show('format', [fns.format(d, 'yyyy-MM-dd HH:mm:ss.SSS'), fns.format(d, "EEEE, MMMM do yyyy 'at' h:mm a"),
  fns.format(d, 'QQQ qqqq w wo I RRRR Y D DDD t T', { useAdditionalWeekYearTokens: true, useAdditionalDayOfYearTokens: true }), fns.format(d, 'PPPPpppp'), fns.format(d, 'xxx XXX OOOO zzzz'),
  fns.format(d, 'EEEEE LLLLL GGGG B b'), fns.format(d, 'PPP', { locale: de }), fns.format(d, 'PPPP', { locale: ja }),
  fns.format(d, 'EEEE d MMMM', { locale: fr }), fns.formatISO(d), fns.formatISO(d, { representation: 'date' }),
  fns.formatRFC3339(d, { fractionDigits: 2 }), fns.formatRFC7231(d), fns.formatISO9075(d), fns.lightFormat(d, 'yyyy-MM-dd')]);
try {
  fns.format(d, 'yyyy-MM-dd YYYY');
} catch (e) {
  console.log('token error', e.constructor.name, e.message.split('\n')[0]);
}
try {
  fns.format(new Date(NaN), 'yyyy');
} catch (e) {
  console.log('invalid date error', e.constructor.name, e.message);
}

show('parse', [fns.parse('02/11/2014', 'MM/dd/yyyy', new Date(0)).toISOString(),
  fns.parse('28-й февраля', 'do MMMM', new Date(2010, 0, 1), { locale: require('date-fns/locale/ru').ru }).toISOString(),
  fns.parse('5 PM', 'h a', d).toISOString(), String(fns.parse('nope', 'yyyy', d)), fns.parseISO('2014-02-11T11:30:30').toISOString(),
  fns.parseISO('2014-W07-2').toISOString(), String(fns.parseISO('2014-13-01')), fns.parseJSON('2000-03-15T05:20:10.123Z').getTime(),
  fns.isMatch('2024-02-30', 'yyyy-MM-dd'), fns.isMatch('2024-02-29', 'yyyy-MM-dd')]);

show('arithmetic', [fns.addDays(d, 1), fns.addMonths(d, 12), fns.subYears(d, 1), fns.addBusinessDays(d, 3),
  fns.addWeeks(d, 2), fns.addHours(d, -14), fns.addQuarters(d, 1), fns.add(d, { years: 1, months: 2, days: 3, hours: 4 }),
  fns.sub(d, { months: 1, minutes: 45 }), fns.setDay(d, 0), fns.setISOWeek(d, 1), fns.lastDayOfMonth(d), fns.nextFriday(d),
  fns.previousMonday(d), fns.roundToNearestMinutes(d, { nearestTo: 15 }), fns.roundToNearestHours(d)].map((x) => x.toISOString()));
show('start/end', [fns.startOfWeek(d), fns.startOfWeek(d, { weekStartsOn: 1 }), fns.endOfMonth(d), fns.startOfQuarter(d),
  fns.endOfYear(d), fns.startOfISOWeekYear(d), fns.startOfDecade(d), fns.endOfHour(d), fns.startOfMinute(d)].map((x) => x.toISOString()));
const other = new Date(Date.UTC(2023, 0, 15));
show('differences', [fns.differenceInDays(d, other), fns.differenceInCalendarDays(d, other), fns.differenceInMonths(d, other),
  fns.differenceInYears(d, other), fns.differenceInBusinessDays(d, other), fns.differenceInWeeks(d, other),
  fns.differenceInHours(d, other), fns.differenceInMinutes(other, d), fns.differenceInMilliseconds(d, other),
  fns.differenceInCalendarISOWeeks(d, other), fns.differenceInQuarters(d, other), fns.compareAsc(d, other), fns.compareDesc(d, other)]);
show('distance', [fns.formatDistance(other, d), fns.formatDistance(d, fns.addSeconds(d, 15), { includeSeconds: true }),
  fns.formatDistanceStrict(other, d, { unit: 'day' }), fns.formatDistance(d, other, { addSuffix: true, locale: de }),
  fns.formatRelative(fns.subDays(d, 3), d), fns.formatRelative(fns.addDays(d, 1), d, { locale: fr })]);
show('duration', [fns.intervalToDuration({ start: other, end: d }), fns.formatDuration({ years: 1, days: 3, minutes: 4 }),
  fns.formatDuration({ hours: 2, seconds: 0 }, { zero: true, format: ['hours', 'seconds'], delimiter: '; ' }),
  fns.formatDuration({ months: 9 }, { locale: ja }), fns.formatISODuration({ years: 1, months: 2, days: 3 }),
  fns.milliseconds({ days: 1, hours: 1 }), fns.hoursToMinutes(2), fns.secondsToHours(7300)]);
const interval = { start: other, end: d };
show('intervals', [fns.isWithinInterval(new Date(Date.UTC(2023, 6, 1)), interval), fns.areIntervalsOverlapping(interval,
  { start: d, end: fns.addDays(d, 1) }, { inclusive: true }), fns.eachMonthOfInterval({ start: other, end: fns.addMonths(other, 3) })
  .map((x) => x.toISOString().slice(0, 10)), fns.eachWeekendOfMonth(d).map((x) => x.getUTCDate()),
  fns.eachDayOfInterval({ start: d, end: fns.addDays(d, 2) }, { step: 2 }).map((x) => x.toISOString().slice(0, 10)),
  fns.getOverlappingDaysInIntervals(interval, { start: fns.subDays(d, 10), end: fns.addDays(d, 10) }),
  fns.clamp(new Date(0), interval).toISOString(), fns.closestTo(d, [other, new Date(Date.UTC(2024, 2, 1))]).toISOString(),
  fns.max([d, other]).toISOString(), fns.min([d, other]).toISOString()]);
try {
  fns.eachDayOfInterval({ start: d, end: other }, { step: 0 });
} catch (e) {
  console.log('interval error', e.constructor.name, e.message);
}
show('predicates', [fns.isValid(d), fns.isValid(new Date('x')), fns.isLeapYear(d), fns.isWeekend(d), fns.isFirstDayOfMonth(d),
  fns.isLastDayOfMonth(d), fns.isSameMonth(d, other), fns.isSameISOWeek(d, fns.addDays(d, 3)), fns.isBefore(other, d),
  fns.isEqual(d, new Date(d.getTime())), fns.isDate(d), fns.isExists(2024, 1, 30), fns.isThursday(d)]);
show('getters', [fns.getDay(d), fns.getDayOfYear(d), fns.getISOWeek(d), fns.getWeek(d), fns.getWeekOfMonth(d),
  fns.getDaysInMonth(d), fns.getQuarter(d), fns.getUnixTime(d), fns.getISOWeeksInYear(d), fns.getDecade(d),
  fns.getWeekYear(d, { weekStartsOn: 1, firstWeekContainsDate: 4 }), fns.getTime(d)]);

process.env.TZ = 'America/New_York';
const spring = new Date(Date.UTC(2024, 2, 10, 6, 0));
show('New York', [fns.format(spring, 'yyyy-MM-dd HH:mm xxx'), fns.addHours(spring, 1).toISOString(),
  fns.addDays(spring, 1).toISOString(), fns.startOfDay(spring).toISOString(), fns.differenceInHours(fns.endOfDay(spring),
  fns.startOfDay(spring)), fns.format(new Date(Date.UTC(2024, 10, 3, 5, 30)), 'HH:mm xxx'),
  fns.parse('2024-03-10 02:30', 'yyyy-MM-dd HH:mm', new Date()).toISOString(), fns.getTimezoneOffset ? 'has' : 'no']);
