// Corrupt and truncated data fail with zlib's messages and codes; options fail validation as in Node.
const zlib = require('zlib');

function show(label, fn) {
  try {
    fn();
    console.log(label, 'no error');
  } catch (e) {
    console.log(label, `${e.name}: ${e.message}`, e.code, e.errno);
  }
}

const gz = zlib.gzipSync('some text that will be cut short '.repeat(10));
const df = zlib.deflateSync('some text that will be cut short '.repeat(10));
show('inflate garbage', () => zlib.inflateSync(Buffer.from('garbage data here')));
show('gunzip garbage', () => zlib.gunzipSync(Buffer.from('garbage data here')));
show('gunzip truncated', () => zlib.gunzipSync(gz.subarray(0, gz.length - 10)));
show('gunzip header only', () => zlib.gunzipSync(gz.subarray(0, 5)));
show('inflate truncated', () => zlib.inflateSync(df.subarray(0, df.length - 3)));
show('inflateRaw stored block', () => zlib.inflateRawSync(Buffer.from([0x00, 0x05, 0x00, 0x00, 0x00])));
show('bad crc', () => {
  const broken = Buffer.from(gz);
  broken[broken.length - 8] ^= 1;
  zlib.gunzipSync(broken);
});
show('bad adler', () => {
  const broken = Buffer.from(df);
  broken[broken.length - 1] ^= 1;
  zlib.inflateSync(broken);
});
show('missing dictionary', () => zlib.inflateSync(zlib.deflateSync('abc', { dictionary: Buffer.from('abc') })));
show('truncated with finishFlush sync', () =>
  console.log(zlib.inflateSync(df.subarray(0, df.length - 3), { finishFlush: zlib.constants.Z_SYNC_FLUSH }).length));
show('maxOutputLength', () => zlib.inflateSync(df, { maxOutputLength: 10 }));
show('level 10', () => zlib.deflateSync('x', { level: 10 }));
show('level string', () => zlib.deflateSync('x', { level: '1' }));
show('chunkSize 10', () => zlib.createGzip({ chunkSize: 10 }));
show('chunkSize NaN', () => zlib.createGzip({ chunkSize: NaN }));
show('chunkSize Infinity', () => zlib.createGzip({ chunkSize: Infinity }));
show('inflate windowBits 9', () => zlib.inflateSync(df, { windowBits: 9 }));
show('inflate windowBits 0', () => console.log(zlib.inflateSync(df, { windowBits: 0 }).length));
show('inflateRaw windowBits 0', () => zlib.createInflateRaw({ windowBits: 0 }));
show('windowBits 7', () => zlib.createInflate({ windowBits: 7 }));
show('memLevel 10', () => zlib.createDeflate({ memLevel: 10 }));
show('strategy 5', () => zlib.createDeflate({ strategy: 5 }));
show('finishFlush 6', () => zlib.createDeflate({ finishFlush: 6 }));
show('dictionary string', () => zlib.createDeflate({ dictionary: 'abc' }));
show('buffer number', () => zlib.deflateSync(42));
show('callback missing', () => zlib.deflate('x'));
show('crc32 bad value', () => zlib.crc32('x', -1));
show('crc32 fraction', () => zlib.crc32('x', 1.5));

const stream = zlib.createGunzip();
stream.on('error', (e) => console.log('stream error', e.message, e.code, e.errno, stream.destroyed));
stream.end(Buffer.from('definitely not gzip'));
zlib.inflate(Buffer.from('bad'), (e) => console.log('async error', e.message, e.code, e.errno));
