'use strict';
// net.BlockList and net.SocketAddress: methods, rules text, inspect, errors.
const { BlockList, SocketAddress } = require('net');
console.log(Object.getOwnPropertyNames(BlockList.prototype), Object.getOwnPropertyNames(BlockList));
console.log(Object.getOwnPropertyNames(SocketAddress.prototype), Object.getOwnPropertyNames(SocketAddress));
const b = new BlockList();
b.addAddress('123.123.123.123'); b.addRange('10.0.0.1', '10.0.0.10'); b.addSubnet('8592:757c:efae:4e45::', 64, 'ipv6');
b.addAddress('::1', 'ipv6'); b.addSubnet('192.168.0.0', 16);
console.log(b.rules, b);
console.log(b.check('123.123.123.123'), b.check('10.0.0.3'), b.check('222.111.111.222'), b.check('::ffff:7b7b:7b7b', 'ipv6'), b.check('::ffff:123.123.123.123', 'ipv6'), b.check('8592:757c:efae:4e45::f', 'ipv6'), b.check('192.168.5.5'));
console.log(JSON.stringify(b.toJSON?.()));
const s = new SocketAddress({ address: '::1', port: 80, family: 'ipv6', flowlabel: 5 });
console.log(s, s.address, s.port, s.family, s.flowlabel, SocketAddress.parse('1.2.3.4:56'), SocketAddress.parse('[::1]:8'), SocketAddress.parse('nope'), JSON.stringify(new SocketAddress()));
console.log(b.check(new SocketAddress({address:'10.0.0.5'})), BlockList.isBlockList(b), SocketAddress.isSocketAddress(s));
for (const f of [() => b.addAddress(1), () => b.addAddress('x'), () => b.addRange('10.0.0.9', '10.0.0.1'), () => b.addSubnet('1.2.3.4', 33), () => b.check('1.2.3.4', 'ipv5'), () => new SocketAddress({address: 'x'}), () => new SocketAddress({port: 70000}), () => b.addAddress('1.2.3.4','ipv6')]) {
  try { console.log(f()); } catch (e) { console.log(e.code, e.message); }
}
const c = new BlockList(); c.fromJSON?.(['Subnet: IPv4 192.168.1.0/24', 'Address: IPv4 10.0.0.5', 'Range: IPv4 192.168.2.1-192.168.2.10']); console.log(c.rules);
console.log(require('util').inspect(b, {depth: 0}), require('util').inspect(s, { depth: -1 }));
