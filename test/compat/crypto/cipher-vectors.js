// Known answers for every cipher jnode implements: fixed keys, IVs and plaintexts of awkward lengths, each
// encrypted in one update and decrypted back.
const crypto = require('crypto');

const names = [];
for (const bits of [128, 192, 256]) {
  for (const mode of ['cbc', 'ecb', 'ctr', 'cfb', 'cfb8', 'ofb', 'gcm', 'ccm', 'ocb']) names.push(`aes-${bits}-${mode}`);
}
names.push('chacha20', 'chacha20-poly1305', 'des-ede3-cbc', 'des-ede3', 'aes128', 'aes256', 'des3');

function bytes(length, seed) {
  return Buffer.from(Array.from({ length }, (_, i) => (i * 31 + seed) & 0xff));
}

for (const name of names) {
  const info = crypto.getCipherInfo(name);
  const key = bytes(info.keyLength, 7);
  const iv = info.ivLength ? bytes(info.ivLength, 11) : null;
  const options = ['ccm', 'ocb'].includes(info.mode) ? { authTagLength: 16 } : undefined;
  for (const length of [0, 1, 15, 16, 17, 64, 100]) {
    if (info.mode === 'ccm' && length === 0) continue;
    const plain = bytes(length, 3);
    const cipher = crypto.createCipheriv(name, key, iv, options);
    const encrypted = Buffer.concat([cipher.update(plain), cipher.final()]);
    const tag = info.mode === 'gcm' || info.mode === 'ccm' || info.mode === 'ocb' || name === 'chacha20-poly1305' ?
      cipher.getAuthTag() : null;
    const decipher = crypto.createDecipheriv(name, key, iv, options);
    if (tag) decipher.setAuthTag(tag);
    const decrypted = Buffer.concat([decipher.update(encrypted), decipher.final()]);
    console.log(name, length, encrypted.toString('hex'), tag ? tag.toString('hex') : '-', decrypted.equals(plain));
  }
}
