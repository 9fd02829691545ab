// process.env accepts only plain data descriptors, with Node's error code.
for (const desc of [{ value: 'x' }, { get() {}, set() {} }, { value: 'x', configurable: true, writable: true }]) {
  try {
    Object.defineProperty(process.env, 'JNODE_TEST_VAR', desc);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
Object.defineProperty(process.env, 'JNODE_TEST_VAR', { value: 42, configurable: true, writable: true, enumerable: true });
console.log(process.env.JNODE_TEST_VAR, typeof process.env.JNODE_TEST_VAR);
