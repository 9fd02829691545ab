// The same values sent to a forked child with serialization 'json' and 'advanced': what the child receives (as
// util.inspect shows it) and what comes back; JSON turns Map/Set/typed arrays/Errors into plain data, drops
// undefined and refuses BigInt; 'advanced' keeps them, and refuses functions with DataCloneError.
const { fork } = require('node:child_process');
const util = require('node:util');

// Errors shown without their stacks, in both processes.
Error.prototype[util.inspect.custom] = function () {
  return `[${this.constructor.name} ${this.name}: ${this.message} code=${this.code} own stack=${Object.hasOwn(this, 'stack')}]`;
};

if (process.argv[2] === 'child') {
  process.on('message', (m) => {
    if (m === 'done') return process.disconnect();
    process.send(util.inspect(m, { depth: 3, breakLength: Infinity }));
    process.send(m);
  });
} else {
  const values = () => [
    { map: new Map([['a', 1]]), set: new Set([1, 'x']) },
    { date: new Date(0), re: /x/g, undef: undefined, nul: null, nan: NaN, negZero: -0, inf: -Infinity },
    [new Uint8Array([1, 2]), new Float64Array([0.5]), Buffer.from('hi')],
    { err: Object.assign(new RangeError('bad'), { code: 'E1' }) },
    { nested: { deep: [[1, [2, [3]]]] }, sparse: [1, , 3] },
    'a string',
    12.5,
  ];
  const run = (serialization) => new Promise((resolve) => {
    const child = fork(__filename, ['child'], { serialization });
    const lines = [];
    child.on('message', (m) => lines.push(typeof m === 'string' && lines.length % 2 === 0 ? `  child saw ${m}` : `  back ${util.inspect(m, { depth: 3, breakLength: Infinity })}`));
    child.on('exit', (code) => {
      console.log(serialization, 'exit', code);
      console.log(lines.join('\n'));
      resolve();
    });
    for (const v of values()) child.send(v);
    for (const bad of [{ big: 10n }, { fn() {} }, Symbol('s')]) {
      try {
        child.send(bad);
        console.log(serialization, 'accepted', util.inspect(bad));
      } catch (e) {
        console.log(serialization, 'refused', util.inspect(bad), e.name, e.code, e.message);
      }
    }
    child.send('done');
  });
  run('json').then(() => run('advanced'));
}
