// Out-of-range durations become 1 ms; negative and NaN durations warn once per process, overflows every time.
process.on('warning', (w) => console.log(w.name, JSON.stringify(w.message)));
for (const d of [NaN, NaN, -5, -1, 2 ** 31, 2 ** 32]) clearTimeout(setTimeout(() => {}, d));
const t = setTimeout(() => console.log('fired after a NaN duration'), 'soon');
console.log(t._idleTimeout);
clearInterval(setInterval(() => {}, -2));
