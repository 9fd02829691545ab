const util = require('util');
for (const bad of [null, 'str', 42]) {
  try {
    console.log(util.inspect({}, bad));
  } catch (e) {
    console.log(e.code, e.message);
  }
}
try { util.inspect({}, { maxArrayLength: 'x' }); console.log('no throw'); } catch (e) { console.log(e.code); }
