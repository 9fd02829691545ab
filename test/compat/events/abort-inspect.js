const { inspect } = require('util');
const ac = new AbortController();
console.log(inspect(ac));
console.log(inspect(ac, { depth: 1 }));
console.log(inspect(ac, { depth: 0 }));
console.log(inspect(ac, { depth: null }));
console.log(inspect(ac.signal), inspect(ac.signal, { depth: -1 }));
console.log(inspect({ x: { y: ac } }));
console.log(inspect([ac.signal], { depth: 0 }));
ac.abort();
console.log(inspect(ac), inspect(AbortSignal.abort('r')));
console.log(inspect(new EventTarget()), inspect({ t: new EventTarget() }, { depth: 0 }));
class Mine extends EventTarget {}
console.log(inspect(new Mine()), inspect([new Mine()], { depth: 0 }));
console.log(inspect(new Event('e'), { depth: -1 }), inspect([new Event('e')], { depth: 0 }));
console.log(inspect(AbortSignal.abort().reason).split('\n')[0]);
const shown = inspect(new Event('shown', { cancelable: true })).replace(/timeStamp: [\d.]+/, 'timeStamp: N');
console.log(shown);
