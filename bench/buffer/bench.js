'use strict';
// Buffer encode/decode throughput. Usage: <runtime> bench.js <bytes> <iterations>
// Prints one JSON line per operation: the first iteration and the median of the rest, in milliseconds.
const size = Number(process.argv[2] || 1 << 20);
const iterations = Number(process.argv[3] || 7);

const bytes = Buffer.alloc(size);
for (let i = 0; i < size; i++) bytes[i] = (i * 7 + (i >> 8)) & 0xff;
const ascii = Buffer.alloc(size);
for (let i = 0; i < size; i++) ascii[i] = 0x20 + (i % 95);
const unit = 'h\u00e9llo w\u00f6rld \u20ac\ud83d\ude00 ';
const text = unit.repeat(Math.ceil(size / Buffer.byteLength(unit)));
const asciiText = ascii.toString('latin1');
const hexText = bytes.toString('hex');
const base64Text = bytes.toString('base64');
const needle = Buffer.from(bytes.subarray(size - 64, size - 48));
const copy = Buffer.from(bytes);

let sink = 0;
const ops = {
  'from utf8 (multibyte)': () => Buffer.from(text).length,
  'from utf8 (ascii)': () => Buffer.from(asciiText).length,
  'toString utf8 (multibyte)': () => Buffer.from(text).toString().length,
  'toString utf8 (ascii)': () => ascii.toString().length,
  'toString latin1': () => bytes.toString('latin1').length,
  'toString hex': () => bytes.toString('hex').length,
  'from hex': () => Buffer.from(hexText, 'hex').length,
  'toString base64': () => bytes.toString('base64').length,
  'from base64': () => Buffer.from(base64Text, 'base64').length,
  'write utf8': () => bytes.write(asciiText),
  'indexOf (near end)': () => bytes.indexOf(needle),
  'equals': () => (bytes.equals(copy) ? 1 : 0),
  'concat x2': () => Buffer.concat([bytes, copy]).length,
};

const only = process.env.BENCH_ONLY;
for (const [name, fn] of Object.entries(ops)) {
  if (only && !name.includes(only)) continue;
  const times = [];
  for (let i = 0; i < iterations; i++) {
    const t0 = process.hrtime.bigint();
    sink += fn();
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  const rest = times.slice(1).sort((a, b) => a - b);
  console.log(JSON.stringify({ name, first: times[0], median: rest[rest.length >> 1] }));
}
if (sink === 42) console.log('');
