try {
  require('./fixtures/bad-syntax.js');
} catch (e) {
  console.log(e.name);
}
