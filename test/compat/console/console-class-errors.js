const { Console } = require('console');
for (const args of [[], [{}], [{ write: 1 }], [{ stdout: { write() {} }, stderr: {} }]]) {
  try {
    new Console(...args);
    console.log('ok');
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
const c = Console({ write() {} });
console.log(typeof c.log);
