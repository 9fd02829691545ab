// Random APIs: shapes, lengths and ranges only (the values differ every run), and Node's errors.
const crypto = require('crypto');

function attempt(label, fn) {
  try {
    console.log(label, fn());
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}

attempt('randomBytes', () => [Buffer.isBuffer(crypto.randomBytes(16)), crypto.randomBytes(16).length,
  crypto.randomBytes(0).length]);
attempt('randomBytes -1', () => crypto.randomBytes(-1));
attempt('randomBytes string', () => crypto.randomBytes('1'));
attempt('randomBytes huge', () => crypto.randomBytes(2 ** 31));
attempt('randomBytes bad callback', () => crypto.randomBytes(1, 'x'));

const filled = new Uint32Array(8);
crypto.randomFillSync(filled);
attempt('randomFillSync', () => [filled.some((v) => v !== 0), crypto.randomFillSync(Buffer.alloc(4), 1, 2).length]);
attempt('randomFillSync range', () => {
  const buf = Buffer.alloc(64);
  crypto.randomFillSync(buf, 60);
  return buf.subarray(0, 60).every((b) => b === 0);
});
attempt('randomFillSync elements', () => {
  const words = new Uint32Array(4);
  crypto.randomFillSync(words, 1, 1);
  return [words[0], words[2], words[3]];
});
attempt('randomFillSync offset', () => crypto.randomFillSync(new Uint8Array(4), 5));
attempt('randomFillSync size', () => crypto.randomFillSync(new Uint8Array(4), 1, 5));
attempt('randomFillSync array', () => crypto.randomFillSync([]));
attempt('randomFillSync arraybuffer', () => crypto.randomFillSync(new ArrayBuffer(8)).byteLength);

const inRange = [];
for (let i = 0; i < 1000; i++) inRange.push(crypto.randomInt(3, 7));
attempt('randomInt range', () => [Math.min(...inRange), Math.max(...inRange), new Set(inRange).size]);
attempt('randomInt max only', () => crypto.randomInt(1));
attempt('randomInt negative', () => crypto.randomInt(-5, -4));
attempt('randomInt max<=min', () => crypto.randomInt(10, 5));
attempt('randomInt wide', () => crypto.randomInt(0, 2 ** 48 + 1));
attempt('randomInt fraction', () => crypto.randomInt(1.5));
attempt('randomInt unsafe', () => crypto.randomInt(2 ** 53));
attempt('randomInt bad min', () => crypto.randomInt('1', 5));
attempt('randomInt bad callback', () => crypto.randomInt(0, 1, 'x'));

const uuidV4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
attempt('randomUUID', () => [uuidV4.test(crypto.randomUUID()), uuidV4.test(globalThis.crypto.randomUUID()),
  crypto.randomUUID() !== crypto.randomUUID()]);
attempt('randomUUID options', () => uuidV4.test(crypto.randomUUID({ disableEntropyCache: true })));
attempt('randomUUID bad options', () => crypto.randomUUID(1));
attempt('randomUUID bad cache option', () => crypto.randomUUID({ disableEntropyCache: 1 }));
attempt('randomUUID batch', () => {
  const seen = new Set();
  for (let i = 0; i < 300; i++) seen.add(crypto.randomUUID());
  return [seen.size, [...seen].every((uuid) => uuidV4.test(uuid))];
});

const uuidV7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
attempt('randomUUIDv7', () => {
  const before = Date.now();
  const uuid = crypto.randomUUIDv7();
  const millis = parseInt(uuid.replace('-', '').slice(0, 12), 16);
  return [uuidV7.test(uuid), millis >= before && millis <= Date.now()];
});

attempt('getRandomValues', () => {
  const values = new Uint8Array(32);
  return [crypto.getRandomValues(values) === values, globalThis.crypto.getRandomValues(new BigInt64Array(2)).length];
});
attempt('getRandomValues 65536', () => crypto.getRandomValues(new Uint8Array(65536)).length);
attempt('getRandomValues float', () => crypto.getRandomValues(new Float32Array(2)));
attempt('getRandomValues dataview', () => globalThis.crypto.getRandomValues(new DataView(new ArrayBuffer(2))));
attempt('getRandomValues too long', () => globalThis.crypto.getRandomValues(new Uint8Array(65537)));
attempt('getRandomValues none', () => globalThis.crypto.getRandomValues());

attempt('timingSafeEqual', () => [crypto.timingSafeEqual(Buffer.from('abc'), Buffer.from('abc')),
  crypto.timingSafeEqual(Buffer.from('abc'), Buffer.from('abd')),
  crypto.timingSafeEqual(new Uint16Array([1]), new Uint8Array([1, 0])),
  crypto.timingSafeEqual(new ArrayBuffer(0), Buffer.alloc(0))]);
attempt('timingSafeEqual length', () => crypto.timingSafeEqual(Buffer.alloc(1), Buffer.alloc(2)));
attempt('timingSafeEqual string', () => crypto.timingSafeEqual('a', 'a'));
attempt('timingSafeEqual second', () => crypto.timingSafeEqual(Buffer.alloc(1), 5));

// One after the other: callbacks from the thread pool have no fixed order among themselves.
crypto.randomBytes(8, (err, buf) => {
  console.log('randomBytes async', err, buf.length);
  crypto.randomFill(new Uint8Array(4), (err, buf) => {
    console.log('randomFill async', err, buf.length);
    const words = new Uint16Array(4);
    crypto.randomFill(words, 2, (err, buf) => {
      console.log('randomFill offset async', err, buf === words, words[0], words[1]);
      crypto.randomFill(new Uint8Array(4), 1, 2, (err, buf) => console.log('randomFill size async', err, buf[0], buf[3]));
    });
  });
});
crypto.randomInt(5, (err, n) => console.log('randomInt async', err, n >= 0 && n < 5));
console.log('sync done');
