// A bare builtin name consults require.cache first; the node: form always gets the builtin.
const fs = require('fs');
const fake = { fake: true };
require.cache.fs = { exports: fake };
console.log(require('fs') === fake, require('node:fs') === fs);
delete require.cache.fs;
console.log(require('fs') === fs);
try {
  require('node:unknown');
} catch (e) {
  console.log(e.code, e.message);
}
