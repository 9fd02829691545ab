// net.isIP/isIPv4/isIPv6 on hand-picked and generated strings (zones, '::', IPv4 tails).
const net = require('net');
const base = ['', '::', ':', ':::', '::1', '1::', '1:2:3:4:5:6:7:8', '1:2:3:4:5:6:7:8:9', '1:2:3:4:5:6:7::', '::2:3:4:5:6:7:8', '1:2:3:4:5:6::7:8', '1::2::3', ':1::', '1:', ':1', '::ffff:1.2.3.4', '::1.2.3.4', '1:2:3:4:5:6:1.2.3.4', '1:2:3:4:5:6:7:1.2.3.4', '1:2:3:4:5::1.2.3.4', '1:2:3:4:5:6::1.2.3.4', '1.2.3.4::', 'fe80::1%eth0', 'fe80::1%', 'fe80::1%a%b', 'fe80::1%e_0', '12345::', 'g::', 'ABCD:EF01::', '1.2.3.4', '0.0.0.0', '255.255.255.255', '256.1.1.1', '01.1.1.1', '1.1.1', '1.1.1.1.1', '1..1.1', ' 1.1.1.1', '1.1.1.1 ', '1:2:3:4:5:6:7:8%z', '::1.2.3', '::01.2.3.4', '1::2:3:4:5:6:7', '1::2:3:4:5:6:7:8', '::0:0:0:0:0:0:0', '::0:0:0:0:0:0', '0::0', '1:2:3:4::5:1.2.3.4', '1:2:3:4:5:6:7:8::', '::%1', '::%:', '%1', 'a:b:c:d:e:f:0:1', 'a:b:c:d:e:f:0:1:', ':a:b:c:d:e:f:0:1'];
const seen = new Set(base);
let seed = 7;
const rnd = (n) => { seed ^= seed << 13; seed ^= seed >>> 17; seed ^= seed << 5; return (seed >>> 0) % n; };
const alphabet = ['1', 'f', ':', '::', '.', '0', '255', '%', 'z', 'ffff', '12345', '1.2.3.4'];
while (seen.size < 3000) { let s = ''; const len = 1 + rnd(12); for (let i = 0; i < len; i++) s += alphabet[rnd(alphabet.length)]; seen.add(s); }
// Every input's verdict goes into a checksum; the accepted ones are printed.
let hash = 2166136261;
for (const s of seen) {
  const verdict = `${net.isIP(s)}${net.isIPv4(s)}${net.isIPv6(s)}`;
  for (const ch of s + verdict) hash = Math.imul(hash ^ ch.charCodeAt(0), 16777619);
  if (net.isIP(s)) console.log(net.isIP(s), JSON.stringify(s));
}
console.log('checksum', hash >>> 0, 'of', seen.size);
console.log(net.isIP(1), net.isIPv4(null), net.isIPv6({ toString: () => '::1' }), net.isIPv4({ toString: () => '1.2.3.4' }), net.isIP(undefined));
