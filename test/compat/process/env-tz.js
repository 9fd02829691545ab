// Assigning process.env.TZ changes the zone Date uses; deleting it returns to the system's zone.
const date = new Date('2018-04-14T12:34:56.789Z');
for (const tz of ['Europe/Amsterdam', 'America/New_York', ':Europe/Paris', 'Asia/Tokyo', 'UTC']) {
  process.env.TZ = tz;
  console.log(tz, date.getHours(), date.getTimezoneOffset(), date.toString().slice(0, 33));
}
process.env.TZ = 'Europe/London';
console.log(new Date(2020, 0, 1).toISOString(), new Date(2020, 6, 1).toISOString());
delete process.env.TZ;
console.log(typeof date.toString());
