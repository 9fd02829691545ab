// module.register() runs hooks on another thread: initialize() gets the data (and a transferred port) before
// register() returns, and the hooks then serve imports made after it, including modules that import each other.
import { register } from 'node:module';
import { MessageChannel } from 'node:worker_threads';

const { port1, port2 } = new MessageChannel();
const seen = [];
port1.on('message', (message) => seen.push(message));
port1.unref();
register('./fixtures/virtual-hooks.js', import.meta.url, {
  data: {
    port: port2,
    table: {
      answer: 'export default 42;',
      greeting: 'import answer from "virtual:answer"; export const text = `the answer is ${answer}`;',
    },
  },
  transferList: [port2],
});
console.log('registered, returned');
const { text } = await import('virtual:greeting');
console.log(text);
const again = await import('virtual:answer');
console.log('same instance:', again.default === 42);
const fs = await import('node:fs');
console.log('builtins still load:', typeof fs.readFileSync);
setTimeout(() => console.log(seen), 100);
