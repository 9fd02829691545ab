try {
  require('./fixtures/selfref/lib/bad-import');
} catch (e) {
  console.log(e.code);
  console.log(e.message);
}
try {
  require('#anything');
} catch (e) {
  console.log(e.code);
  console.log(e.message);
}
