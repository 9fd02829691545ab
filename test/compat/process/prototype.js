// process's prototype chain and constructor, as Node builds them.
const EventEmitter = require('events');
const proto = Object.getPrototypeOf(process);
console.log(process instanceof process.constructor, proto instanceof EventEmitter);
console.log(proto === process.constructor.prototype, Object.getPrototypeOf(proto) === EventEmitter.prototype);
console.log(process.constructor.name, Object.getOwnPropertyNames(proto));
console.log(Object.getOwnPropertyDescriptor(proto, 'constructor'));
console.log(Object.getOwnPropertyDescriptor(process, Symbol.toStringTag));
console.log(Object.prototype.toString.call(process));
