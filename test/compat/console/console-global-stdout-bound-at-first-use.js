// Once console.log has written, replacing process.stdout no longer changes where it writes.
const EventEmitter = require('events');
console.log('first, real stdout');
const original = Object.getOwnPropertyDescriptor(process, 'stdout');
const captured = [];
const fake = Object.assign(new EventEmitter(), { write(s) { captured.push(s); return true; } });
Object.defineProperty(process, 'stdout', { value: fake, configurable: true, writable: true });
console.log('after replacing');
Object.defineProperty(process, 'stdout', original);
console.log(captured);
console.error('err');
