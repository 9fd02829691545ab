// An ES module that catches what a require() of a throwing ES module threw goes on, and finishes (exit code 0).
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
for (let attempt = 1; attempt <= 2; attempt++) {
  try {
    require('./fixtures/throws-eval.js');
  } catch (err) {
    console.log('attempt', attempt, 'caught:', err.message);
  }
}
Promise.resolve().then(() => console.log('microtask after the catch'));
await new Promise((resolve) => setTimeout(resolve, 1));
console.log('finished');
