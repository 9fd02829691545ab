// IPC under load: 2000 small messages each way keep their order, a 2 MB string and a deep nested object arrive
// intact, JSON-unsafe strings (line separators, lone surrogates, NUL, newlines) survive, and callbacks of send()
// run in order.
const { fork } = require('node:child_process');

const tricky = ['line\nbreak', 'nul\0byte', 'sep\u2028\u2029', 'lone \ud800 surrogate', '"quotes" and \\', '\r\n{}'];
if (process.argv[2] === 'child') {
  let expected = 0;
  let outOfOrder = 0;
  process.on('message', (m) => {
    if (typeof m === 'number') {
      if (m !== expected++) outOfOrder++;
      if (expected === 2000) {
        process.send({ kind: 'count', received: expected, outOfOrder });
        for (let i = 0; i < 2000; i++) process.send(i);
      }
    } else if (m.kind === 'big') {
      process.send({ kind: 'big', length: m.text.length, ok: m.text === 'xy'.repeat(1 << 20), depth: depth(m.nested) });
    } else if (m.kind === 'tricky') {
      process.send({ kind: 'tricky', same: m.list.map((s, i) => s === tricky[i]), back: m.list });
    } else if (m.kind === 'bye') {
      process.disconnect();
    }
  });
  function depth(o) {
    let d = 0;
    while (o && o.next) { o = o.next; d++; }
    return d;
  }
} else {
  const child = fork(__filename, ['child']);
  let next = 0;
  let outOfOrder = 0;
  const callbacks = [];
  child.on('message', (m) => {
    if (typeof m === 'number') {
      if (m !== next++) outOfOrder++;
      if (next === 2000) {
        console.log('parent received', next, 'out of order', outOfOrder);
        let nested = {};
        const root = nested;
        for (let i = 0; i < 500; i++) nested = nested.next = {};
        child.send({ kind: 'big', text: 'xy'.repeat(1 << 20), nested: root });
      }
      return;
    }
    if (m.kind === 'count') console.log('child received', m.received, 'out of order', m.outOfOrder);
    if (m.kind === 'big') {
      console.log('big', m);
      child.send({ kind: 'tricky', list: tricky });
    }
    if (m.kind === 'tricky') {
      console.log('tricky same', m.same.join(','), 'back equal', m.back.every((s, i) => s === tricky[i]));
      child.send({ kind: 'bye' }, () => callbacks.push('bye'));
    }
  });
  for (let i = 0; i < 2000; i++) child.send(i, i % 500 === 0 ? () => callbacks.push(i) : undefined);
  child.on('exit', (code) => console.log('exit', code, 'callbacks', callbacks.join(',')));
}
