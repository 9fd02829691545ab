// Authenticated modes: AAD, tag lengths, tags checked on decryption, and the failures Node reports.
const crypto = require('crypto');

function attempt(label, fn) {
  try {
    console.log(label, fn());
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}

const key16 = Buffer.from('000102030405060708090a0b0c0d0e0f', 'hex');
const key32 = Buffer.alloc(32, 0x5a);
const iv12 = Buffer.from('cafebabefacedbaddecaf888', 'hex');
const aad = Buffer.from('feedfacedeadbeeffeedfacedeadbeefabaddad2', 'hex');
const plain = Buffer.from('d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a721c3c0c95', 'hex');

function seal(name, key, iv, options, aadOptions) {
  const c = crypto.createCipheriv(name, key, iv, options);
  c.setAAD(aad, aadOptions);
  const ct = Buffer.concat([c.update(plain), c.final()]);
  return [ct, c.getAuthTag()];
}

function open(name, key, iv, options, aadOptions, ct, tag) {
  const d = crypto.createDecipheriv(name, key, iv, options);
  d.setAuthTag(tag);
  d.setAAD(aad, aadOptions);
  return Buffer.concat([d.update(ct), d.final()]);
}

const cases = [
  ['aes-128-gcm', key16, iv12, undefined],
  ['aes-128-gcm', key16, iv12, { authTagLength: 12 }],
  ['aes-128-gcm', key16, iv12, { authTagLength: 4 }],
  ['aes-128-gcm', key16, Buffer.alloc(16, 3), undefined],
  ['aes-128-gcm', key16, Buffer.alloc(1, 3), undefined],
  ['aes-256-gcm', key32, Buffer.alloc(60, 9), { authTagLength: 8 }],
  ['aes-192-gcm', key32.subarray(0, 24), iv12, undefined],
  ['aes-128-ccm', key16, Buffer.alloc(7, 1), { authTagLength: 4 }],
  ['aes-128-ccm', key16, Buffer.alloc(13, 1), { authTagLength: 16 }],
  ['aes-256-ccm', key32, iv12, { authTagLength: 10 }],
  ['aes-128-ocb', key16, iv12, { authTagLength: 16 }],
  ['aes-256-ocb', key32, Buffer.alloc(15, 2), { authTagLength: 8 }],
  ['chacha20-poly1305', key32, iv12, undefined],
  ['chacha20-poly1305', key32, iv12, { authTagLength: 12 }],
];
for (const [name, key, iv, options] of cases) {
  const aadOptions = name.includes('ccm') ? { plaintextLength: plain.length } : undefined;
  const [ct, tag] = seal(name, key, iv, options, aadOptions);
  console.log(name, iv.length, options?.authTagLength, ct.toString('hex'), tag.toString('hex'));
  console.log(' opens', open(name, key, iv, options, aadOptions, ct, tag).equals(plain));
  const badTag = Buffer.from(tag);
  badTag[0] ^= 1;
  attempt(' bad tag', () => open(name, key, iv, options, aadOptions, ct, badTag));
  const badCt = Buffer.from(ct);
  badCt[3] ^= 0x80;
  attempt(' bad ciphertext', () => open(name, key, iv, options, aadOptions, badCt, tag));
}

// GCM without AAD or plaintext: the tag alone.
const empty = crypto.createCipheriv('aes-128-gcm', key16, iv12);
console.log('empty', empty.final().length, empty.getAuthTag().toString('hex'));
// AAD in pieces equals AAD at once.
const pieces = crypto.createCipheriv('aes-256-gcm', key32, iv12);
pieces.setAAD(aad.subarray(0, 5));
pieces.setAAD(aad.subarray(5));
pieces.update(plain);
pieces.final();
console.log('aad pieces', pieces.getAuthTag().toString('hex'), seal('aes-256-gcm', key32, iv12)[1].toString('hex'));
// GCM decryption returns plaintext from update, before the tag is checked.
const early = crypto.createDecipheriv('aes-128-gcm', key16, iv12);
console.log('early', early.update(seal('aes-128-gcm', key16, iv12)[0]).equals(plain));
attempt('final without tag', () => early.final());
attempt('tag after final', () => early.setAuthTag(Buffer.alloc(16)));
attempt('tag too short', () => crypto.createDecipheriv('aes-128-gcm', key16, iv12).setAuthTag(Buffer.alloc(3)));
attempt('tag mismatched length', () => crypto.createDecipheriv('aes-128-gcm', key16, iv12, { authTagLength: 12 })
  .setAuthTag(Buffer.alloc(16)));
attempt('tag twice', () => crypto.createDecipheriv('aes-128-gcm', key16, iv12).setAuthTag(Buffer.alloc(16))
  .setAuthTag(Buffer.alloc(16)));
attempt('tag as hex', () => crypto.createDecipheriv('aes-128-gcm', key16, iv12).setAuthTag('00'.repeat(16), 'hex')
  .constructor.name);
attempt('ccm without length', () => crypto.createCipheriv('aes-128-ccm', key16, iv12, { authTagLength: 16 })
  .setAAD(aad));
attempt('ccm second update', () => {
  const c = crypto.createCipheriv('aes-128-ccm', key16, iv12, { authTagLength: 16 });
  c.update('a');
  return c.update('b');
});
attempt('ccm no tag option', () => crypto.createCipheriv('aes-128-ccm', key16, iv12));
attempt('ocb no tag option', () => crypto.createCipheriv('aes-128-ocb', key16, iv12));
attempt('gcm tag 5', () => crypto.createCipheriv('aes-128-gcm', key16, iv12, { authTagLength: 5 }));
attempt('ccm tag 5', () => crypto.createCipheriv('aes-128-ccm', key16, iv12, { authTagLength: 5 }));
attempt('ccm iv 6', () => crypto.createCipheriv('aes-128-ccm', key16, Buffer.alloc(6), { authTagLength: 16 }));
attempt('ccm iv 14', () => crypto.createCipheriv('aes-128-ccm', key16, Buffer.alloc(14), { authTagLength: 16 }));
attempt('ocb iv 16', () => crypto.createCipheriv('aes-128-ocb', key16, Buffer.alloc(16), { authTagLength: 16 }));
attempt('chacha tag 17', () => crypto.createCipheriv('chacha20-poly1305', key32, iv12, { authTagLength: 17 }));
attempt('tag length string', () => crypto.createCipheriv('aes-128-gcm', key16, iv12, { authTagLength: '16' }));
attempt('getAuthTag early', () => crypto.createCipheriv('aes-128-gcm', key16, iv12).getAuthTag());
attempt('AAD after final', () => {
  const c = crypto.createCipheriv('aes-128-gcm', key16, iv12);
  c.final();
  return c.setAAD(aad);
});
attempt('AAD on cbc', () => crypto.createCipheriv('aes-128-cbc', key16, Buffer.alloc(16)).setAAD(aad));
attempt('setAuthTag on cbc', () => crypto.createDecipheriv('aes-128-cbc', key16, Buffer.alloc(16))
  .setAuthTag(Buffer.alloc(16)));
attempt('getAuthTag on cbc', () => {
  const c = crypto.createCipheriv('aes-128-cbc', key16, Buffer.alloc(16));
  c.final();
  return c.getAuthTag();
});
console.log(typeof crypto.createCipheriv('aes-128-gcm', key16, iv12).setAuthTag,
  typeof crypto.createDecipheriv('aes-128-gcm', key16, iv12).getAuthTag);
