'use strict';
// net.SocketAddress, and the IP text <-> number conversions it shares with net.BlockList. Addresses are
// kept as BigInts (32 bits for IPv4, 128 for IPv6) and printed back as inet_ntop prints them, since Node
// normalises both through the C library.

const {
  codes: { ERR_INVALID_ADDRESS, ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE },
} = require('internal/errors');
const { validateObject, validatePort, validateString, validateUint32 } = require('internal/validators');
const { isIPv4, isIPv6 } = require('net');

const kAddress = Symbol('kAddress');
const customInspect = Symbol.for('nodejs.util.inspect.custom');

// The numeric value of `text` in `family` ('ipv4' or 'ipv6'), or undefined when it is not such an address
// (zones are not addresses here, as inet_pton refuses them).
function parseIp(text, family) {
  if (family === 'ipv4') {
    if (!isIPv4(text)) return undefined;
    return text.split('.').reduce((value, octet) => (value << 8n) | BigInt(octet), 0n);
  }
  if (!isIPv6(text) || text.includes('%')) return undefined;
  let groups = [];
  const halves = text.split('::');
  const toGroups = (part) => {
    if (part === '') return [];
    const pieces = part.split(':');
    const last = pieces[pieces.length - 1];
    if (last.includes('.')) {
      const v4 = parseIp(last, 'ipv4');
      pieces.splice(-1, 1, Number(v4 >> 16n).toString(16), Number(v4 & 0xffffn).toString(16));
    }
    return pieces.map((piece) => parseInt(piece, 16));
  };
  if (halves.length === 2) {
    const head = toGroups(halves[0]);
    const tail = toGroups(halves[1]);
    groups = [...head, ...new Array(8 - head.length - tail.length).fill(0), ...tail];
  } else {
    groups = toGroups(text);
  }
  return groups.reduce((value, group) => (value << 16n) | BigInt(group), 0n);
}

// libuv's inet_ntop text: IPv6 with the longest run of two or more zero groups as "::", and an IPv4 tail
// for IPv4-mapped addresses and (deprecated) IPv4-compatible ones with six zero groups.
function formatIp(value, family) {
  if (family === 'ipv4') {
    return [24n, 16n, 8n, 0n].map((shift) => Number((value >> shift) & 0xffn)).join('.');
  }
  const groups = [];
  for (let shift = 112n; shift >= 0n; shift -= 16n) groups.push(Number((value >> shift) & 0xffffn));
  let bestStart = -1;
  let bestLength = 0;
  for (let i = 0; i < 8;) {
    if (groups[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > bestLength) {
      bestStart = i;
      bestLength = j - i;
    }
    i = j;
  }
  if (bestLength < 2) bestStart = -1;
  const v4Tail = bestStart === 0 && (bestLength === 6 || (bestLength === 5 && groups[5] === 0xffff));
  if (v4Tail) {
    const prefix = bestLength === 5 ? '::ffff:' : '::';
    return prefix + formatIp(value & 0xffffffffn, 'ipv4');
  }
  if (bestStart === -1) return groups.map((g) => g.toString(16)).join(':');
  const head = groups.slice(0, bestStart).map((g) => g.toString(16)).join(':');
  const tail = groups.slice(bestStart + bestLength).map((g) => g.toString(16)).join(':');
  return `${head}::${tail}`;
}

// 'ipv4' or 'ipv6' from a family option (either case), as Node accepts it.
function familyOption(family, name) {
  validateString(family, name);
  const lower = family.toLowerCase();
  if (lower !== 'ipv4' && lower !== 'ipv6') throw new ERR_INVALID_ARG_VALUE(name, family);
  return lower;
}

class SocketAddress {
  static isSocketAddress(value) {
    return value?.[kAddress] !== undefined;
  }

  // "1.2.3.4:80", "[::1]:80" or a bare address: a SocketAddress, or undefined when it does not parse.
  static parse(input) {
    validateString(input, 'input');
    const bracketed = /^\[([^\]]+)\](?::(\d+))?$/.exec(input);
    const plain = /^([^:]+)(?::(\d+))?$/.exec(input);
    const match = bracketed ?? plain;
    if (match === null) return undefined;
    const [, address, port = '0'] = match;
    const family = bracketed ? 'ipv6' : 'ipv4';
    if (parseIp(address, family) === undefined || Number(port) > 0xffff) return undefined;
    return new SocketAddress({ address, port: Number(port), family });
  }

  constructor(options = {}) {
    validateObject(options, 'options');
    const family = options.family === undefined ? 'ipv4' : familyOption(options.family, 'options.family');
    const {
      address = family === 'ipv4' ? '127.0.0.1' : '::',
      port = 0,
      flowlabel = 0,
    } = options;
    if (typeof address !== 'string') throw new ERR_INVALID_ARG_TYPE('options.address', 'string', address);
    const portNumber = validatePort(port, 'options.port');
    validateUint32(flowlabel, 'options.flowlabel');
    const value = parseIp(address, family);
    if (value === undefined) throw new ERR_INVALID_ADDRESS();
    this[kAddress] = { address: formatIp(value, family), port: portNumber, family, flowlabel, value };
  }

  get address() {
    return this[kAddress].address;
  }

  get port() {
    return this[kAddress].port;
  }

  get family() {
    return this[kAddress].family;
  }

  get flowlabel() {
    return this[kAddress].flowlabel;
  }

  toJSON() {
    const { address, port, family, flowlabel } = this[kAddress];
    return { address, port, family, flowlabel };
  }

  [customInspect](depth, options, inspect) {
    if (depth < 0) return '[SocketAddress]';
    return `SocketAddress ${inspect(this.toJSON(), { ...options, depth: options.depth === null ? null : options.depth - 1 })}`;
  }
}

// The numeric value of a SocketAddress, for BlockList.
function addressValue(socketAddress) {
  return socketAddress[kAddress].value;
}

module.exports = { SocketAddress, addressValue, parseIp };
