// The global console binds each of its streams at first use and keeps it: a process.stdout replaced
// before the first console.log receives all of console.log's output, even after being put back.
const EventEmitter = require('events');
const original = Object.getOwnPropertyDescriptor(process, 'stdout');
const captured = [];
const fake = Object.assign(new EventEmitter(), { write(s) { captured.push(s); return true; } });
Object.defineProperty(process, 'stdout', { value: fake, configurable: true, writable: true });
console.log('to the replacement', { a: 1 });
Object.defineProperty(process, 'stdout', original);
console.log('still to the replacement');
process.stdout.write('process.stdout is the real one again\n');
console.error(captured);
