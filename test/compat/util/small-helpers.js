'use strict';
// util.convertProcessSignalToExitCode, util._exceptionWithHostPort, util.setTraceSigInt(false) and
// util.types.isKeyObject.
const util = require('util');

for (const signal of ['SIGINT', 'SIGKILL', 'SIGTERM', 'SIGHUP', 'SIGSYS']) {
  console.log(signal, util.convertProcessSignalToExitCode(signal));
}
for (const bad of ['FOO', 9, undefined]) {
  try {
    util.convertProcessSignalToExitCode(bad);
  } catch (e) {
    console.log(e.code, e.name, e.message.slice(0, 60));
  }
}
for (const args of [[-111, 'connect', '1.2.3.4', 80, 'extra'], [-98, 'listen', '::', 0], [-2, 'connect', '/tmp/x']]) {
  const e = util._exceptionWithHostPort(...args);
  console.log(e.message, e.code, e.errno, e.syscall, e.address, e.port, Object.keys(e));
}
console.log(util.setTraceSigInt(false));
console.log(util.types.isKeyObject({}), util.types.isKeyObject(null), util.types.isKeyObject(Buffer.alloc(2)));
const { createSecretKey, generateKeyPairSync } = require('crypto');
const { publicKey, privateKey } = generateKeyPairSync('ed25519');
console.log(util.types.isKeyObject(createSecretKey(Buffer.alloc(4))), util.types.isKeyObject(publicKey),
  util.types.isKeyObject(privateKey), util.types.isCryptoKey(publicKey));
