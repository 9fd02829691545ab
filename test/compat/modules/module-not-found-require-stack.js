try {
  require('./fixtures/notfound/outer');
} catch (e) {
  console.log(e.code);
  console.log(e.message);
  console.log(e.requireStack.length);
}
console.log(Object.keys(require.cache).some((k) => k.includes('notfound')));
