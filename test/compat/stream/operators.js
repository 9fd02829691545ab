// The Readable operators: results, concurrency order, errors and argument validation.
const { Readable, PassThrough } = require('stream');
const log = (...a) => console.log(...a);
const show = (e) => (e ? `${e.name} ${e.code} ${e.message}` : String(e));

async function main() {
  const from = (items) => Readable.from(items);
  log('map', await from([1, 2, 3]).map((x) => x * 10).toArray());
  log('async map', await from([1, 2, 3]).map(async (x) => x + 1).toArray());
  log('filter', await from([1, 2, 3, 4]).filter((x) => x % 2 === 0).toArray());
  log('flatMap', await from([1, 2]).flatMap((x) => [x, x]).toArray());
  log('drop/take', await from([1, 2, 3, 4, 5]).drop(1).take(3).toArray());
  log('take 0', await from([1, 2]).take(0).toArray());
  log('some', await from([1, 2]).some((x) => x > 1), await from([1, 2]).some((x) => x > 5));
  log('every', await from([1, 2]).every((x) => x > 0), await from([1, 2]).every((x) => x > 1));
  log('find', await from([1, 2, 3]).find((x) => x > 1), await from([1]).find((x) => x > 1));
  log('reduce', await from([1, 2, 3]).reduce((a, b) => a + b), await from([1, 2]).reduce((a, b) => a + b, 10));
  const seen = [];
  log('forEach', await from(['a', 'b']).forEach((x) => seen.push(x)), seen);
  log('map returns', from([1]).map((x) => x).constructor.name, from([1]).toArray() instanceof Promise);

  // Concurrency keeps the source order in the output.
  const order = [];
  const out = await from([30, 10, 20]).map(async (ms) => {
    order.push(`start ${ms}`);
    await new Promise((r) => setTimeout(r, ms));
    order.push(`end ${ms}`);
    return ms;
  }, { concurrency: 3 }).toArray();
  log('concurrent', out, order.slice(0, 3));

  // Buffer chunks pass through the operators as Buffers.
  const bytes = await Readable.from([Buffer.from('ab'), Buffer.from('c')], { objectMode: false })
    .map((b) => b.toString('hex')).toArray();
  log('bytes', bytes);

  try {
    await from([]).reduce((a, b) => a + b);
  } catch (e) {
    log('empty reduce', show(e));
  }
  try {
    await from([1, 2]).map((x) => {
      if (x === 2) throw new Error('map failed');
      return x;
    }).toArray();
  } catch (e) {
    log('map throws', show(e));
  }
  try {
    await from([1]).filter(async () => {
      throw new Error('filter rejected');
    }).toArray();
  } catch (e) {
    log('filter rejects', show(e));
  }
  const bad = [
    () => from([]).map(1),
    () => from([]).map((x) => x, 1),
    () => from([]).map((x) => x, { concurrency: 0 }),
    () => from([]).map((x) => x, { concurrency: 'x' }),
    () => from([]).drop(-1),
    () => from([]).take(-2),
    () => from([]).filter(null),
    () => from([]).flatMap('f'),
    () => from([]).map((x) => x, { signal: {} }),
  ];
  for (const fn of bad) {
    try {
      fn();
      log('no throw');
    } catch (e) {
      log('throws', show(e));
    }
  }
  for (const fn of [() => from([]).forEach(1), () => from([]).toArray(1), () => from([]).reduce(1),
    () => from([]).some(2), () => from([]).every(3), () => from([]).find(4)]) {
    try {
      await fn();
      log('no rejection');
    } catch (e) {
      log('rejects', show(e));
    }
  }
  try {
    new (Readable.prototype.map)(() => {});
  } catch (e) {
    log('new', show(e));
  }
  for (const name of ['map', 'filter', 'forEach', 'toArray', 'some', 'every', 'find', 'reduce', 'flatMap', 'drop',
    'take', 'compose']) {
    const fn = Readable.prototype[name];
    log(name, fn.name, fn.length, Object.getOwnPropertyDescriptor(Readable.prototype, name).enumerable);
  }

  // compose as an operator.
  const composed = from(['x', 'y']).compose(async function* (source) {
    for await (const c of source) yield c.toUpperCase();
  });
  log('compose', composed.constructor.name, await composed.toArray());
  const piped = from(['p']).compose(new PassThrough({ objectMode: true }));
  log('compose stream', await piped.toArray());
}
main().catch((e) => log('unexpected', e));
