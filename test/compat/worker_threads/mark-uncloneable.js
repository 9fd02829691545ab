// markAsUncloneable(): a marked plain object (any prototype, also null) or Error makes postMessage, structuredClone
// and BroadcastChannel throw DataCloneError, also when nested; other kinds (arrays, Dates, Maps, buffers, views)
// are still cloned, primitives are ignored, the mark leaves the object's own keys alone and does not make it
// untransferable; a refused message leaves nothing queued.
const {
  markAsUncloneable, isMarkedAsUntransferable, MessageChannel, receiveMessageOnPort,
} = require('node:worker_threads');

const { port1, port2 } = new MessageChannel();
function attempt(label, fn) {
  try {
    const result = fn();
    console.log(label, 'ok', result);
  } catch (e) {
    console.log(label, '->', e.name, e.code, e instanceof DOMException, JSON.stringify(e.message));
  }
}
const post = (value) => {
  port1.postMessage(value);
  const got = receiveMessageOnPort(port2);
  return got && Object.prototype.toString.call(got.message);
};

const plain = { a: 1, nested: { b: 2 } };
markAsUncloneable(plain);
attempt('plain', () => post(plain));
attempt('plain in array', () => post([1, plain]));
attempt('plain as Map value', () => post(new Map([['k', plain]])));
attempt('structuredClone', () => structuredClone(plain));
attempt('structuredClone in Set', () => structuredClone(new Set([plain])));
attempt('inner object not marked', () => JSON.stringify(structuredClone(plain.nested)));
attempt('copy by spread', () => JSON.stringify(structuredClone({ ...plain })));
console.log('keys kept', Object.keys(plain), Object.getOwnPropertySymbols(plain).length, JSON.stringify(plain));

class Point { constructor() { this.x = 1; } }
const p = new Point();
markAsUncloneable(p);
attempt('class instance', () => post(p));
attempt('other instance', () => post(new Point()));
const bare = Object.create(null);
markAsUncloneable(bare);
attempt('null prototype', () => post(bare));
const err = new RangeError('boom');
markAsUncloneable(err);
attempt('Error', () => post(err));

for (const [label, value] of [['Array', [1]], ['Date', new Date(0)], ['Map', new Map()], ['Set', new Set()],
  ['RegExp', /x/g], ['ArrayBuffer', new ArrayBuffer(2)], ['Uint8Array', new Uint8Array(2)]]) {
  markAsUncloneable(value);
  attempt(`marked ${label}`, () => post(value));
}
attempt('primitive', () => markAsUncloneable(5));
attempt('null', () => markAsUncloneable(null));
attempt('twice', () => markAsUncloneable(plain));
console.log('untransferable?', isMarkedAsUntransferable(plain));
const ab = new ArrayBuffer(8);
markAsUncloneable(ab);
attempt('marked buffer transferred', () => {
  port1.postMessage(ab, [ab]);
  return `${ab.byteLength} ${receiveMessageOnPort(port2).message.byteLength}`;
});

const bc1 = new BroadcastChannel('mark-uncloneable');
const bc2 = new BroadcastChannel('mark-uncloneable');
bc2.onmessage = (event) => {
  console.log('broadcast received', JSON.stringify(event.data));
  bc1.close();
  bc2.close();
  port1.close();
};
attempt('BroadcastChannel', () => bc1.postMessage({ inner: plain }));
bc1.postMessage({ fine: true });
console.log('nothing queued', receiveMessageOnPort(port2));
