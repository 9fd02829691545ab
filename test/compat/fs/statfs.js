'use strict';
// statfs in its three forms: a StatFs of numbers, or of bigints with { bigint: true }; its errors.
const fs = require('fs');
const path = require('path');
const os = require('os');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jnode-statfs-'));
const describe = (s) => [s.constructor.name, Object.keys(s).join(), [...new Set(Object.values(s).map((v) => typeof v))],
  s.bsize > 0, s.blocks >= s.bfree, s.bfree >= s.bavail];
const plain = fs.statfsSync(dir);
console.log(describe(plain));
const big = fs.statfsSync(dir, { bigint: true });
console.log(describe(big), big.bsize === BigInt(plain.bsize), big.type === BigInt(plain.type));
try {
  fs.statfsSync(path.join(dir, 'missing'));
} catch (e) {
  console.log(e.code, e.errno, e.syscall, path.basename(e.path), e.message.split(dir).join('<dir>'));
}
fs.statfs(dir, (err, s) => {
  console.log('cb', err, describe(s));
  fs.statfs(dir, { bigint: true }, (err2, s2) => {
    console.log('cb bigint', describe(s2));
    fs.promises.statfs(dir).then((s3) => {
      console.log('promise', describe(s3));
      fs.rmSync(dir, { recursive: true });
    });
  });
});
