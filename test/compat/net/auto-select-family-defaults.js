const net = require('net');
console.log(net.getDefaultAutoSelectFamily(), net.getDefaultAutoSelectFamilyAttemptTimeout());
net.setDefaultAutoSelectFamilyAttemptTimeout(5);
console.log(net.getDefaultAutoSelectFamilyAttemptTimeout());
net.setDefaultAutoSelectFamilyAttemptTimeout(300);
net.setDefaultAutoSelectFamily(false);
console.log(net.getDefaultAutoSelectFamily(), net.getDefaultAutoSelectFamilyAttemptTimeout());
for (const bad of [() => net.setDefaultAutoSelectFamily(1), () => net.setDefaultAutoSelectFamilyAttemptTimeout(0)]) {
  try {
    bad();
  } catch (e) {
    console.log(e.code, e.message);
  }
}
console.log(net.isIP('127.0.0.1'), net.isIP('::1'), net.isIP('nope'), net.isIPv4('1.2.3.4'), net.isIPv6('1.2.3.4'));
