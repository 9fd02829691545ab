const t = process.hrtime();
console.log(Array.isArray(t), t.length, Number.isInteger(t[0]), Number.isInteger(t[1]));
const d = process.hrtime(t);
console.log(d[0] >= 0, d[1] >= 0);
const b = process.hrtime.bigint();
console.log(typeof b, process.hrtime.bigint() >= b);
