// Compressed data made by Node and by system gzip decompresses in jnode; jnode's gzip output decompresses
// with system gzip.
const zlib = require('zlib');
const { execFileSync } = require('child_process');

const text = 'The quick brown fox jumps over the lazy dog. '.repeat(20);
const made = {
  deflate: 'eNoLyUhVKCzNTM5WSCrKL89TSMuvUMgqzS0oVsgvSy1SKMlIVchJrKpUSMlP11MIGVU8qnhUMbUVAwBHpUMc',
  gzip: 'H4sIAAAAAAAAAwvJSFUoLM1MzlZIKsovz1NIy69QyCrNLShWyC9LLVIoyUhVyEmsqlRIyU/XUwgZVTyqeFQxtRUDAOZKZrCEAwAA',
  raw: 'C8lIVSgszUzOVkgqyi/PU0jLr1DIKs0tKFbIL0stUijJSFXISayqVEjJT9dTCBlVPKp4VDG1FQMA',
  dict: 'eLsh2QTlC8lIhTAUkoryy/MU0vIrFLJKcwuKFfLLUosUSjJSFXISqypBGvQURhWPKh5VTHXFAEelQxw=',
};
const concatenated = Buffer.from(
  'H4sIAAAAAAAAA0vLLCouUchNzU1KLeICAKf0hQoNAAAAH4sIAAAAAAAAAytOTc7PS1HITc1NSi3iAgA2GEsODgAAAA==', 'base64');
// gzip -c of a file: the header carries its name (FNAME) and mtime.
const withName = Buffer.from('H4sICADhC14AA2hlbGxvLnR4dADLS8xNTVHITc1NSi3iAgDn0vTtDQAAAA==', 'base64');

const b = (name) => Buffer.from(made[name], 'base64');
console.log('inflateSync', zlib.inflateSync(b('deflate')).toString() === text);
console.log('unzipSync zlib', zlib.unzipSync(b('deflate')).toString() === text);
console.log('gunzipSync', zlib.gunzipSync(b('gzip')).toString() === text);
console.log('unzipSync gzip', zlib.unzipSync(b('gzip')).toString() === text);
console.log('inflateRawSync', zlib.inflateRawSync(b('raw')).toString() === text);
console.log('dictionary', zlib.inflateSync(b('dict'), { dictionary: Buffer.from('fox dog quick') }).toString() === text);
console.log('concatenated members', JSON.stringify(zlib.gunzipSync(concatenated).toString()));
console.log('concatenated via unzip', JSON.stringify(zlib.unzipSync(concatenated).toString()));
console.log('FNAME header', JSON.stringify(zlib.gunzipSync(withName).toString()));
console.log('zero padding ignored',
  JSON.stringify(zlib.gunzipSync(Buffer.concat([withName, Buffer.alloc(7)])).toString()));
try {
  zlib.gunzipSync(Buffer.concat([withName, Buffer.from('not gzip')]));
} catch (e) {
  console.log('trailing garbage', e.message, e.code);
}

// A stream fed one byte at a time sees headers and trailers split across writes.
const gunzip = zlib.createGunzip();
const parts = [];
gunzip.on('data', (d) => parts.push(d));
gunzip.on('end', () => {
  console.log('byte-at-a-time gunzip', JSON.stringify(Buffer.concat(parts).toString()));
  const ours = zlib.gzipSync('made by the runtime under test\n');
  console.log('system gzip -d', JSON.stringify(execFileSync('gzip', ['-dc'], { input: ours }).toString()));
});
for (const byte of concatenated) gunzip.write(Buffer.from([byte]));
gunzip.end();
