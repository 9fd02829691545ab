try {
  require('./fixtures/addon/fake.node');
} catch (e) {
  console.log(e.code);
}
