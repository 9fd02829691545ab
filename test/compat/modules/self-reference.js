const index = require('./fixtures/selfref');
console.log(index);
try {
  require('./fixtures/selfref/lib/self-not-exported');
} catch (e) {
  console.log(e.code, '|', e.message);
}
