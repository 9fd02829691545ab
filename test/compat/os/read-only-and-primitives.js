'use strict';
// os.EOL, os.devNull and os.constants are read-only; os functions that answer a plain value convert to it.
const os = require('os');

for (const name of ['EOL', 'devNull', 'constants']) {
  const { writable, enumerable, configurable } = Object.getOwnPropertyDescriptor(os, name);
  try {
    os[name] = 1;
    console.log(name, 'assigned');
  } catch (e) {
    console.log(name, e.name, writable, enumerable, configurable);
  }
}
console.log(`${os.hostname}` === os.hostname(), `${os.platform}`, `${os.endianness}`, +os.totalmem === os.totalmem(),
  typeof +os.uptime, `${os.arch}` === os.arch(), typeof os.cpus[Symbol.toPrimitive], typeof os.userInfo[Symbol.toPrimitive]);
