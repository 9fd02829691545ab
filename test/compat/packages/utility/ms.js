// ms 2.1 unmodified: parsing every unit spelling, short and long formatting, rounding, and its errors.
const ms = require('ms');

for (const input of ['2 days', '1d', '10h', '2.5 hrs', '2h', '1m', '5s', '1y', '100', '-3 days', '-200', '.5ms',
  '1 week', '3w', '53 milliseconds', '17 msecs', '1 sec', '1 min', '1 hr', '2 weeks', '1.5 YEARS', 'foo', '',
  '10 lightyears', '   1  m', '1e3', '-.5h']) {
  try {
    console.log(JSON.stringify(input), '->', ms(input));
  } catch (e) {
    console.log(JSON.stringify(input), 'throws', e.message);
  }
}
for (const n of [0, 1, 999, 1000, 1500, 59999, 60000, 90000, 3599999, 3600000, 86399999, 86400000, 172800000,
  604800000, 31557600000, -1, -1000, -1500, -86400000, 234234234]) {
  console.log(n, '->', ms(n), '|', ms(n, { long: true }));
}
console.log('long input', ms('1 day', { long: true }));
const tooLong = 'x'.repeat(101);
console.log('over 100 characters', ms(tooLong));
for (const bad of [undefined, null, [], {}, NaN, Infinity, true]) {
  try {
    ms(bad);
    console.log('no error for', String(bad));
  } catch (e) {
    console.log('error', e.constructor.name, e.message);
  }
}
