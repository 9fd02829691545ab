// import() first, require() second: the same evaluated module.
globalThis.evaluations = 0;
import('./fixtures/counted.mjs').then((ns) => {
  const again = require('./fixtures/counted.mjs');
  console.log(ns === again, globalThis.evaluations);
});
