// The warning as Node prints it on stderr.
const { EventEmitter } = require('events');
const ee = new EventEmitter();
ee.setMaxListeners(1);
ee.on('data', () => {});
ee.on('data', () => {});
const et = new EventTarget();
require('events').setMaxListeners(1, et);
et.addEventListener('data', () => {});
et.addEventListener('data', () => {});
