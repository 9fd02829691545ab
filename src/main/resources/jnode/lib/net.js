'use strict';
// node:net: Socket over pipes, terminals and TCP connections (internal/net/socket), Server over a TCP
// listener (internal/net/server), both on Netty through internalBinding('tcp').

const { validateBoolean, validateInt32 } = require('internal/validators');

// Module-level patterns: a literal inside a function is a new RegExp object at every call (these run on every
// dgram send and connect).
const decimalOctet = /^(?:0|[1-9]\d{0,2})$/;
const zoneId = /^[0-9a-zA-Z\-.:]+$/;
const hexGroup = /^[0-9a-fA-F]{1,4}$/;

// Dotted-quad IPv4: four decimal octets, no leading zeros.
// Both validators read their argument as a string, as Node's regular expressions do.
function isIPv4(s) {
  const octets = `${s}`.split('.');
  return octets.length === 4 && octets.every(isOctet);
}

function isOctet(part) {
  return decimalOctet.test(part) && Number(part) <= 255;
}

// IPv6 in any of its text forms: eight hex groups, "::" standing for one or more zero groups, an
// IPv4 tail in place of the last two groups, and an optional "%zone".
function isIPv6(s) {
  s = `${s}`;
  let address = s;
  const percent = s.indexOf('%');
  if (percent !== -1) {
    if (!zoneId.test(s.slice(percent + 1))) return false;
    address = s.slice(0, percent);
  }
  const halves = address.split('::');
  if (halves.length > 2) return false;
  let groups = 0;
  for (let h = 0; h < halves.length; h++) {
    if (halves[h] === '') continue;
    const parts = halves[h].split(':');
    for (let i = 0; i < parts.length; i++) {
      const isLastOfAddress = h === halves.length - 1 && i === parts.length - 1;
      if (isLastOfAddress && parts[i].includes('.')) {
        if (!isIPv4(parts[i])) return false;
        groups += 2;
      } else if (hexGroup.test(parts[i])) {
        groups++;
      } else {
        return false;
      }
    }
  }
  return halves.length === 2 ? groups <= 7 : groups === 8;
}

function isIP(s) {
  if (isIPv4(s)) return 4;
  if (isIPv6(s)) return 6;
  return 0;
}

// The defaults for happy-eyeballs connections (autoSelectFamily), which connect() will read.
let autoSelectFamily = true;
let autoSelectFamilyAttemptTimeout = 250;

function getDefaultAutoSelectFamily() {
  return autoSelectFamily;
}

function setDefaultAutoSelectFamily(value) {
  validateBoolean(value, 'value');
  autoSelectFamily = value;
}

function getDefaultAutoSelectFamilyAttemptTimeout() {
  return autoSelectFamilyAttemptTimeout;
}

function setDefaultAutoSelectFamilyAttemptTimeout(value) {
  validateInt32(value, 'value', 1);
  autoSelectFamilyAttemptTimeout = value < 10 ? 10 : value;
}

// net.connect(options[, cb]), (port[, host][, cb]) or (path[, cb]): a Socket already connecting.
function connect(...args) {
  const { Socket } = require('internal/net/socket');
  const options = args[0] !== null && typeof args[0] === 'object' ? args[0] : {};
  const socket = new Socket(options);
  if (options.timeout) socket.setTimeout(options.timeout);
  return socket.connect(...args);
}

function createServer(options, connectionListener) {
  const { Server } = require('internal/net/server');
  return new Server(options, connectionListener);
}

module.exports = {
  connect, createConnection: connect, createServer,
  isIP, isIPv4, isIPv6, getDefaultAutoSelectFamily, setDefaultAutoSelectFamily,
  getDefaultAutoSelectFamilyAttemptTimeout, setDefaultAutoSelectFamilyAttemptTimeout,
};

// Socket and Server need node:stream: loaded on first use, so that requiring net stays cheap.
const lazy = require('internal/util/lazy');
lazy.defineLazyProperties(module.exports, ['Socket', 'Stream'], () => require('internal/net/socket').Socket);
lazy.defineLazyProperties(module.exports, ['Server'], () => require('internal/net/server').Server);
lazy.defineLazyProperties(module.exports, ['BlockList'], () => require('internal/blocklist').BlockList);
lazy.defineLazyProperties(module.exports, ['SocketAddress'], () => require('internal/socketaddress').SocketAddress);
