// os.networkInterfaces: the loopback interface's entries in full, and the shape of every entry (the other
// interfaces differ from machine to machine).
'use strict';
const os = require('os');

const interfaces = os.networkInterfaces();
console.log(interfaces.lo);
const shapes = new Set();
for (const entries of Object.values(interfaces)) {
  for (const entry of entries) {
    const { family, cidr, address, netmask, mac, internal, scopeid } = entry;
    shapes.add([family, Object.keys(entry).join(), cidr.startsWith(`${address}/`), typeof netmask,
      /^([0-9a-f]{2}:){5}[0-9a-f]{2}$/.test(mac), typeof internal,
      family === 'IPv6' ? Number.isInteger(scopeid) : scopeid === undefined].join(' '));
  }
}
console.log([...shapes].sort().join('\n'));
