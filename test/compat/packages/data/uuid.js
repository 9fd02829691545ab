// uuid 11 unmodified (its CommonJS build): random and time-based ids validated rather than printed,
// deterministic ids from fixed options, name-based v3/v5, parse/stringify, version, NIL/MAX and its errors.
const uuid = require('uuid');

const show = (label, value) => console.log(label, JSON.stringify(value));

const random = uuid.v4();
show('v4', [uuid.validate(random), uuid.version(random), random.length, random !== uuid.v4()]);
show('v4 fixed random', uuid.v4({ random: Uint8Array.from({ length: 16 }, (_, i) => i * 17) }));
const buf = Buffer.alloc(20);
show('v4 into buffer', [uuid.v4({ rng: () => new Uint8Array(16).fill(0xab) }, buf, 2) === buf, buf.toString('hex')]);
show('v1 fixed', uuid.v1({ node: [1, 35, 69, 103, 137, 171], clockseq: 0x1234, msecs: Date.UTC(2020, 0, 1), nsecs: 5678 }));
const v1 = uuid.v1();
show('v1', [uuid.validate(v1), uuid.version(v1)]);
show('v1ToV6', uuid.v1ToV6('f1207660-2c51-11ea-9234-0123456789ab'));
show('v6 fixed', uuid.v6({ node: [1, 2, 3, 4, 5, 6], clockseq: 1, msecs: 1577836800000, nsecs: 0 }));
show('v6ToV1', uuid.v6ToV1('1ea2c51f-1207-6660-8001-010203040506'));
show('v7 fixed', uuid.v7({ msecs: 1577836800000, seq: 0x12345678, random: new Uint8Array(16).fill(0xcd) }));
const v7a = uuid.v7();
const v7b = uuid.v7();
show('v7', [uuid.validate(v7a), uuid.version(v7a), v7a < v7b]);
show('v3', [uuid.v3('hello.example.com', uuid.v3.DNS), uuid.v3('https://example.com/', uuid.v3.URL)]);
show('v5', [uuid.v5('hello.example.com', uuid.v5.DNS), uuid.v5('x', '1b671a64-40d5-491e-99b0-da01ff1f3341'),
  uuid.v5(new Uint8Array([1, 2, 3]), uuid.v5.URL)]);
const parsed = uuid.parse('6ba7b810-9dad-11d1-80b4-00c04fd430c8');
show('parse', [parsed.constructor.name, Array.from(parsed)]);
show('stringify', uuid.stringify(parsed));
show('NIL/MAX', [uuid.NIL, uuid.MAX, uuid.validate(uuid.NIL), uuid.validate(uuid.MAX), uuid.version(uuid.NIL)]);
show('validate', ['', 'not-a-uuid', '6BA7B810-9DAD-11D1-80B4-00C04FD430C8', '6ba7b810-9dad-11d1-80b4-00c04fd430c', 42]
  .map((x) => uuid.validate(x)));
for (const bad of [() => uuid.parse('nope'), () => uuid.stringify(new Uint8Array(16).fill(0xff).map((b, i) => (i === 6 ? 0xf0 : b))),
  () => uuid.version('xyz'), () => uuid.v5('x', 'bad-namespace'), () => uuid.v4({ random: new Uint8Array(4) })]) {
  try {
    show('no error', bad());
  } catch (e) {
    show('error', [e.constructor.name, e.message]);
  }
}
