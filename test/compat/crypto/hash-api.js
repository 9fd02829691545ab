// Hash: encodings, names, copy(), one-shot hash(), streaming, and errors.
const crypto = require('crypto');

function attempt(label, fn) {
  try {
    console.log(label, fn());
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}

for (const encoding of ['hex', 'base64', 'base64url', 'latin1', 'binary', 'buffer', undefined, 'bogus']) {
  const out = crypto.createHash('sha256').update('hello').digest(encoding);
  console.log(encoding, Buffer.isBuffer(out) ? out.toString('hex') : JSON.stringify(out));
}
for (const name of ['SHA256', 'sha-256', 'SHA2-256', 'RSA-SHA256', 'sha256WithRSAEncryption', 'Sha1', 'sha-1',
  'sha-512/224', 'sha512-256', 'SHA3-512', 'RSA-MD5', 'ssl3-sha1', 'sha512/256', 'sha3_256', 'nope']) {
  attempt(name, () => crypto.createHash(name).update('abc').digest('hex'));
}
attempt('input encodings', () => ['utf8', 'hex', 'base64', 'latin1', 'utf16le', 'bogus'].map(
  (enc) => crypto.createHash('md5').update('6162', enc).digest('hex')));
attempt('dataview', () => crypto.createHash('md5').update(new DataView(new Uint8Array([1, 2, 3]).buffer, 1)).digest('hex'));

const original = crypto.createHash('sha1').update('a');
const copy = original.copy();
console.log('copy', original.update('b').digest('hex'), copy.update('c').digest('hex'));
attempt('copy after digest', () => original.copy());

const done = crypto.createHash('sha1');
done.digest();
attempt('digest twice', () => done.digest());
attempt('update after digest', () => done.update('x'));
attempt('number data', () => crypto.createHash('sha1').update(1));
attempt('null data', () => crypto.createHash('sha1').update(null));
attempt('number algorithm', () => crypto.createHash(1));
attempt('stack head', () => {
  try {
    crypto.createHash('nope');
  } catch (e) {
    return [e.constructor.name, Object.keys(e), String(e)];
  }
});

attempt('hash hex', () => crypto.hash('sha1', 'abc'));
attempt('hash base64', () => crypto.hash('sha1', 'abc', 'base64'));
attempt('hash buffer', () => crypto.hash('md5', Buffer.from('abc'), 'buffer'));
attempt('hash number', () => crypto.hash('sha1', 1));
attempt('hash bad encoding', () => crypto.hash('sha1', 'abc', 'bogus'));
attempt('hash ucs2', () => crypto.hash('md5', 'a', 'ucs2').length);
attempt('outputLength', () => crypto.createHash('sha256', { outputLength: 32 }).digest('hex'));
attempt('outputLength wrong', () => crypto.createHash('sha256', { outputLength: 5 }));
attempt('outputLength string', () => crypto.createHash('md5', { outputLength: 'x' }));
attempt('hmac inspect', () => require('util').inspect(crypto.createHmac('md5', 'k'), { depth: 0 }).split('\n')[1]);
attempt('hash unknown', () => crypto.hash('nope', 'a'));

console.log('instanceof', crypto.createHash('md5') instanceof require('stream').Transform,
  Object.keys(crypto.createHash('md5')));
const streamed = crypto.createHash('sha256');
streamed.on('readable', () => {
  const data = streamed.read();
  if (data) console.log('streamed', data.toString('hex'));
});
streamed.write('ab');
streamed.end('c');
