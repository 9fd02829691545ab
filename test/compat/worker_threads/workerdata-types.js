// workerData of many kinds as the worker receives it: Map/Set with object keys, Date, RegExp flags (lastIndex
// reset), typed arrays and DataView on one buffer, BigInt, -0/NaN/Infinity, wrappers, sparse arrays, cycles.
const { Worker, isMainThread, workerData, parentPort } = require('node:worker_threads');

if (isMainThread) {
  const shared = { tag: 'shared' };
  const buf = new ArrayBuffer(16);
  new Uint8Array(buf).set([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16]);
  const re = /ab+c/gimsuy;
  re.lastIndex = 5;
  const data = {
    map: new Map([[1, 'one'], ['two', 2], [shared, 'obj-key']]),
    set: new Set([1, 'a', shared, 1n]),
    date: new Date(Date.UTC(2020, 1, 29, 12, 30, 45, 123)),
    badDate: new Date(NaN),
    re,
    u8: new Uint8Array(buf, 2, 4),
    f64: new Float64Array([1.5, -0, NaN, Infinity]),
    i64: new BigInt64Array([-(2n ** 63n), 2n ** 63n - 1n]),
    view: new DataView(buf, 8, 8),
    big: 123456789012345678901234567890n,
    negZero: -0,
    specials: [NaN, Infinity, -Infinity, undefined, null],
    wrappers: [new Number(3), new String('str'), new Boolean(false), Object(5n)],
    sparse: [1, , 3, , ],
    shared1: shared,
    shared2: shared,
    nested: { a: { b: { c: { d: [[[['deep']]]] } } } },
  };
  data.self = data;
  data.map.set('cycle', data);
  const w = new Worker(__filename, { workerData: data });
  w.on('message', (lines) => { for (const l of lines) console.log(l); });
  w.on('exit', (code) => console.log('exit', code));
} else {
  const d = workerData;
  const out = [];
  out.push(`map ${d.map.size} ${d.map.get(1)} ${d.map.get('two')} ${[...d.map.keys()].filter((k) => typeof k === 'object' && k && k.tag).length}`);
  const objKey = [...d.map.keys()].find((k) => k && k.tag);
  out.push(`map object key is shared1: ${objKey === d.shared1}, cycle: ${d.map.get('cycle') === d}`);
  out.push(`set ${d.set.size} ${[...d.set].map((v) => typeof v).join(',')} has shared: ${d.set.has(d.shared1)}`);
  out.push(`date ${d.date instanceof Date} ${d.date.toISOString()} bad: ${Number.isNaN(d.badDate.getTime())}`);
  out.push(`re ${d.re instanceof RegExp} ${d.re.source} ${d.re.flags} lastIndex=${d.re.lastIndex}`);
  out.push(`u8 ${d.u8.constructor.name} ${[...d.u8]} offset=${d.u8.byteOffset} bufLen=${d.u8.buffer.byteLength}`);
  out.push(`same buffer u8/view: ${d.u8.buffer === d.view.buffer}`);
  out.push(`f64 ${[...d.f64].map((x) => Object.is(x, -0) ? '-0' : String(x))}`);
  out.push(`i64 ${[...d.i64]}`);
  out.push(`view ${d.view.constructor.name} ${d.view.byteOffset} ${d.view.byteLength} ${d.view.getUint32(0)}`);
  out.push(`big ${typeof d.big} ${d.big}`);
  out.push(`negZero ${Object.is(d.negZero, -0)}`);
  out.push(`specials ${d.specials.map(String)} len=${d.specials.length}`);
  out.push(`wrappers ${d.wrappers.map((w) => typeof w + ':' + Object.prototype.toString.call(w) + ':' + w.valueOf())}`);
  out.push(`sparse len=${d.sparse.length} keys=${Object.keys(d.sparse)} 1 in: ${1 in d.sparse}`);
  out.push(`shared ${d.shared1 === d.shared2} self ${d.self === d}`);
  out.push(`nested ${d.nested.a.b.c.d[0][0][0][0]}`);
  out.push(`keys ${Object.keys(d).join(',')}`);
  parentPort.postMessage(out);
}
