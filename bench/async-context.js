// Cost of carrying the async context frame: 1e6 awaits, without and with an AsyncLocalStorage store.
// Usage: jnode bench/async-context.js [plain|als]
const mode = process.argv[2] ?? 'plain';
async function loop(n) {
  let sum = 0;
  for (let i = 0; i < n; i++) sum += await i;
  return sum;
}
async function main() {
  const run = () => loop(1e6);
  const { AsyncLocalStorage } = require('node:async_hooks');
  const als = new AsyncLocalStorage();
  const once = mode === 'als' ? () => als.run({ id: 1 }, run) : run;
  for (let round = 0; round < 6; round++) {
    const start = process.hrtime.bigint();
    await once();
    console.log(`${mode} round ${round}: ${Number(process.hrtime.bigint() - start) / 1e6} ms`);
  }
}
main();
