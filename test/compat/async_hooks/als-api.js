// AsyncLocalStorage's methods: run, exit, enterWith, getStore, disable, bind, snapshot, defaultValue, name.
const { AsyncLocalStorage } = require('node:async_hooks');

const als = new AsyncLocalStorage();
const other = new AsyncLocalStorage({ name: 'other', defaultValue: 'default' });
console.log(als.name === '', other.name, other.getStore());

console.log(als.run('a', (x, y) => `${als.getStore()} ${x} ${y}`, 1, 2));
als.run('outer', () => {
  als.run('inner', () => console.log('nested', als.getStore()));
  console.log('back to', als.getStore());
  als.exit(() => console.log('exit', als.getStore()));
  console.log('after exit', als.getStore());
  other.run('o', () => console.log('two stores', als.getStore(), other.getStore()));
});
try {
  als.run('thrown', () => { throw new Error('boom'); });
} catch (err) {
  console.log('caught', err.message, als.getStore());
}

const snapshot = als.run('snap', () => AsyncLocalStorage.snapshot());
console.log('snapshot', snapshot(() => als.getStore()), als.getStore());
const bound = als.run('bound', () => AsyncLocalStorage.bind((a) => `${als.getStore()}:${a}`));
console.log('bind', bound('x'), bound.length);

// Callbacks below run in an order that depends on timing; what each sees is printed at exit.
const later = [];
setTimeout(() => {
  als.enterWith('entered');
  later.push(`enterWith ${als.getStore()}`);
  setTimeout(() => {
    later.push(`timer after enterWith ${als.getStore()}`);
    als.disable();
    later.push(`after disable ${als.getStore()}`);
    als.run('again', () => later.push(`run after disable ${als.getStore()}`));
  }, 1);
}, 1);
setTimeout(() => later.push(`other callback ${als.getStore()}`), 100);

async function chain(id) {
  return als.run(id, async () => {
    await new Promise((resolve) => setTimeout(resolve, id === 1 ? 3 : 1));
    return als.getStore();
  });
}
Promise.all([chain(1), chain(2)]).then((ids) => later.push(`concurrent ${ids}`));
process.on('exit', () => console.log(later.sort()));

for (const bad of [null, 1, 'x']) {
  try {
    new AsyncLocalStorage(bad);
  } catch (err) {
    console.log(err.code, err.message);
  }
}
