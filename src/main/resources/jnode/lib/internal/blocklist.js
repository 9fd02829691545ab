'use strict';
// net.BlockList: rules on single addresses, subnets and ranges, matched in one 128-bit space where an IPv4
// address is its IPv4-mapped IPv6 form (so '::ffff:1.2.3.4' and '1.2.3.4' meet each other's rules, as in Node).
// Rules list grouped by kind (addresses, subnets, ranges), newest first in each, as Node lists them.

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE },
} = require('internal/errors');
const { validateArray, validateInt32, validateString } = require('internal/validators');
const { SocketAddress, addressValue } = require('internal/socketaddress');

const kRules = Symbol('kRules');
const customInspect = Symbol.for('nodejs.util.inspect.custom');
const MAPPED_IPV4 = 0xffff00000000n;
const ALL_ONES = (1n << 128n) - 1n;
const labels = { ipv4: 'IPv4', ipv6: 'IPv6' };

// A SocketAddress given as one, or made from a string and family (its errors are the caller's).
function toSocketAddress(value, family, name) {
  if (SocketAddress.isSocketAddress(value)) return value;
  validateString(value, name);
  return new SocketAddress({ address: value, family });
}

function mapped(socketAddress) {
  const value = addressValue(socketAddress);
  return socketAddress.family === 'ipv4' ? MAPPED_IPV4 | value : value;
}

function addressRule(at) {
  const low = mapped(at);
  return { kind: 'address', low, high: low, text: `Address: ${labels[at.family]} ${at.address}` };
}

function subnetRule(net, prefix) {
  const bits = prefix + (net.family === 'ipv4' ? 96 : 0);
  const mask = (ALL_ONES << BigInt(128 - bits)) & ALL_ONES;
  const low = mapped(net) & mask;
  return { kind: 'subnet', low, high: low | (ALL_ONES ^ mask),
    text: `Subnet: ${labels[net.family]} ${net.address}/${prefix}` };
}

function rangeRule(start, end) {
  const low = mapped(start);
  const high = mapped(end);
  if (low > high) throw new ERR_INVALID_ARG_VALUE('start', start, 'must come before end');
  return { kind: 'range', low, high, text: `Range: ${labels[start.family]} ${start.address}-${end.address}` };
}

function subnetArgs(net, prefix, family) {
  const at = toSocketAddress(net, family, 'network');
  validateInt32(prefix, 'prefix', 0, at.family === 'ipv4' ? 32 : 128);
  return [at, prefix];
}

// "10.0.0.0/8" or "fe80::/10": [network, prefix].
function subnetOfCidr(text) {
  validateString(text, 'cidr');
  const parts = /^(.*)\/([^/]*)$/.exec(text);
  if (parts === null) {
    throw new ERR_INVALID_ARG_VALUE('cidr', text, 'must contain a prefix length (e.g. "10.0.0.0/8")');
  }
  const [, network, bits] = parts;
  if (!/^\d+$/.test(bits)) throw new ERR_INVALID_ARG_VALUE('cidr', text, 'prefix length must be a valid integer');
  return subnetArgs(network, Number(bits), network.includes(':') ? 'ipv6' : 'ipv4');
}

// A rule already there (same text) is not added twice.
function add(list, rule) {
  const rules = list[kRules];
  if (!rules.some((existing) => existing.text === rule.text)) rules.unshift(rule);
}

function remove(list, rule) {
  list[kRules] = list[kRules].filter((existing) => existing.text !== rule.text);
}

class BlockList {
  static isBlockList(value) {
    return value?.[kRules] !== undefined;
  }

  constructor() {
    this[kRules] = [];
  }

  addAddress(address, family = 'ipv4') {
    add(this, addressRule(toSocketAddress(address, family, 'address')));
  }

  // All or nothing: every address is checked before any is added.
  addAddresses(addresses, family = 'ipv4') {
    validateArray(addresses, 'addresses');
    const rules = addresses.map((address, i) => addressRule(toSocketAddress(address, family, `addresses[${i}]`)));
    for (const rule of rules) add(this, rule);
  }

  addRange(start, end, family = 'ipv4') {
    add(this, rangeRule(toSocketAddress(start, family, 'start'), toSocketAddress(end, family, 'end')));
  }

  addSubnet(net, prefix, family = 'ipv4') {
    add(this, subnetRule(...subnetArgs(net, prefix, family)));
  }

  addCIDR(cidr) {
    add(this, subnetRule(...subnetOfCidr(cidr)));
  }

  addCIDRs(cidrs) {
    validateArray(cidrs, 'cidrs');
    const rules = cidrs.map((cidr) => subnetRule(...subnetOfCidr(cidr)));
    for (const rule of rules) add(this, rule);
  }

  removeAddress(address, family = 'ipv4') {
    remove(this, addressRule(toSocketAddress(address, family, 'address')));
  }

  removeRange(start, end, family = 'ipv4') {
    remove(this, rangeRule(toSocketAddress(start, family, 'start'), toSocketAddress(end, family, 'end')));
  }

  removeSubnet(net, prefix, family = 'ipv4') {
    remove(this, subnetRule(...subnetArgs(net, prefix, family)));
  }

  removeCIDR(cidr) {
    remove(this, subnetRule(...subnetOfCidr(cidr)));
  }

  // An address that does not parse (or a bad family) is simply not blocked.
  check(address, family = 'ipv4') {
    let at = address;
    if (!SocketAddress.isSocketAddress(address)) {
      validateString(address, 'address');
      try {
        at = new SocketAddress({ address, family });
      } catch {
        return false;
      }
    }
    const value = mapped(at);
    return this[kRules].some((rule) => rule.low <= value && value <= rule.high);
  }

  clear() {
    this[kRules] = [];
  }

  toJSON() {
    return this.rules;
  }

  // Rules as `rules` lists them (an array, or its JSON text); lines that are not rules are skipped.
  fromJSON(data) {
    const lines = typeof data === 'string' ? JSON.parse(data) : data;
    if (!Array.isArray(lines)) throw new ERR_INVALID_ARG_TYPE('data', ['string', 'string[]'], data);
    for (const line of lines) {
      const match = /^(Address|Subnet|Range): (IPv4|IPv6) (.+)$/.exec(String(line));
      if (match === null) continue;
      const [, kind, label, rest] = match;
      const family = label.toLowerCase();
      try {
        if (kind === 'Address') {
          this.addAddress(rest, family);
        } else if (kind === 'Subnet') {
          const slash = rest.lastIndexOf('/');
          this.addSubnet(rest.slice(0, slash), Number(rest.slice(slash + 1)), family);
        } else {
          const dash = rest.indexOf('-');
          this.addRange(rest.slice(0, dash), rest.slice(dash + 1), family);
        }
      } catch (err) {
        if (err?.code !== 'ERR_INVALID_ADDRESS') throw err;
      }
    }
  }

  get rules() {
    const order = ['address', 'subnet', 'range'];
    return order.flatMap((kind) => this[kRules].filter((rule) => rule.kind === kind).map((rule) => rule.text));
  }

  get size() {
    return this[kRules].length;
  }

  [customInspect](depth, options, inspect) {
    if (depth < 0) return '[BlockList]';
    return `BlockList ${inspect({ rules: this.rules }, { ...options, depth: options.depth === null ? null : options.depth - 1 })}`;
  }
}

// Private, loopback and link-local networks, for addCIDRs.
BlockList.PRIVATE_RANGES = Object.freeze(['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', '127.0.0.0/8',
  '::1/128', '169.254.0.0/16', 'fe80::/10', 'fc00::/7']);

// An option that must be a net.BlockList (net's blockList, dgram's receiveBlockList and sendBlockList).
function validateBlockList(value, name) {
  if (!BlockList.isBlockList(value)) throw new ERR_INVALID_ARG_TYPE(name, 'net.BlockList', value);
  return value;
}

module.exports = { BlockList, validateBlockList };
