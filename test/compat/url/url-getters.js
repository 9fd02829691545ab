'use strict';
// Every getter of URL on URLs of each kind: special, non-special, opaque paths, IPv4/IPv6, IDNA, file:.
const inputs = [
  ['https://user:pa:ss@Example.COM:8080/a/./b/../c?x=1&y=%20#frag'],
  ['HTTP://example.com:80/'],
  ['http://[::FFFF:192.168.0.1]:81/x'],
  ['http://0x7f.1/'],
  ['http://☃.net/é?é#é'],
  ['file:///C|/dir/file.txt'],
  ['file://localhost/etc/passwd'],
  ['mailto:someone@example.com?subject=hi'],
  ['data:text/plain,hello world  ?x#y'],
  ['blob:https://example.org:443/uuid'],
  ['blob:ftp://x/y'],
  ['sc://h:1/p?q#f'],
  ['foo://'],
  ['../x/y?z', 'http://h/a/b/c'],
  ['//other/path', 'https://h/'],
  ['?q', 'http://h/p'],
  ['#only', 'sc:opaque'],
  ['web+demo:/.//not-a-host/'],
];
for (const [input, base] of inputs) {
  const u = new URL(input, base);
  console.log(JSON.stringify([u.href, u.origin, u.protocol, u.username, u.password, u.host, u.hostname, u.port, u.pathname, u.search, u.hash]));
}
