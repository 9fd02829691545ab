// Every class and form compresses and decompresses back to the input, at every level and strategy.
const zlib = require('zlib');
const util = require('util');

const input = Buffer.from('jnode zlib round trip; '.repeat(200) + Array.from({ length: 500 }, (_, i) => i * i).join(','));
const pairs = [['deflate', 'inflate'], ['gzip', 'gunzip'], ['deflateRaw', 'inflateRaw'], ['gzip', 'unzip'],
  ['deflate', 'unzip']];

for (const [c, d] of pairs) {
  const levels = [];
  for (let level = -1; level <= 9; level++) {
    levels.push(zlib[`${d}Sync`](zlib[`${c}Sync`](input, { level })).equals(input));
  }
  const strategies = [0, 1, 2, 3, 4].map((strategy) =>
    zlib[`${d}Sync`](zlib[`${c}Sync`](input, { strategy })).equals(input));
  console.log(`${c}Sync/${d}Sync levels`, levels.join(' '), 'strategies', strategies.join(' '));
}
console.log('level 0 stores', zlib.deflateRawSync(input, { level: 0 }).length > input.length);
console.log('level 9 compresses', zlib.deflateSync(input, { level: 9 }).length < input.length / 4);
console.log('gzip header', zlib.gzipSync('x').subarray(0, 3).toString('hex'));
console.log('empty input', zlib.inflateSync(zlib.deflateSync(Buffer.alloc(0))).length,
  zlib.gunzipSync(zlib.gzipSync('')).length);
console.log('string and ArrayBuffer input', zlib.inflateSync(zlib.deflateSync('text')).toString(),
  zlib.inflateRawSync(zlib.deflateRawSync(new Uint8Array([1, 2, 3]).buffer)).toString('hex'));
const dictionary = Buffer.from('round trip jnode');
console.log('dictionary', zlib.inflateSync(zlib.deflateSync(input, { dictionary }), { dictionary }).equals(input),
  zlib.inflateRawSync(zlib.deflateRawSync(input, { dictionary }), { dictionary }).equals(input));
const withInfo = zlib.deflateSync('abc', { info: true });
console.log('info', Buffer.isBuffer(withInfo.buffer), withInfo.engine instanceof zlib.Deflate,
  'bytesWritten', withInfo.engine.bytesWritten);

async function main() {
  for (const [c, d] of pairs) {
    const compressed = await new Promise((resolve, reject) =>
      zlib[c](input, { level: 6 }, (err, out) => (err ? reject(err) : resolve(out))));
    const back = await util.promisify(zlib[d])(compressed);
    console.log(`${c}/${d} async`, back.equals(input));
  }
  for (const [c, d] of [['Deflate', 'Inflate'], ['Gzip', 'Gunzip'], ['DeflateRaw', 'InflateRaw'], ['Gzip', 'Unzip']]) {
    const back = await new Promise((resolve, reject) => {
      const compressor = zlib[`create${c}`]({ level: 1 });
      const decompressor = new zlib[d]({ chunkSize: 1024 });
      const chunks = [];
      decompressor.on('data', (chunk) => chunks.push(chunk.length));
      decompressor.on('end', () => resolve(chunks));
      decompressor.on('error', reject);
      compressor.pipe(decompressor);
      for (let i = 0; i < input.length; i += 1000) compressor.write(input.subarray(i, i + 1000));
      compressor.end();
    });
    console.log(`${c} | ${d} streams: chunk sizes`, back.join(','), 'total', back.reduce((a, x) => a + x, 0));
  }
  const withoutNew = zlib.Deflate();
  console.log('callable without new', withoutNew instanceof zlib.Deflate, withoutNew instanceof require('stream').Transform);
  withoutNew.destroy();
}
main();
