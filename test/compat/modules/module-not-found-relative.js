try {
  require('./missing-file');
} catch (e) {
  console.log(e.code);
  console.log(e.message);
  console.log(e.requireStack);
}
