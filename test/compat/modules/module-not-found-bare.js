try {
  require('no-such-package-anywhere');
} catch (e) {
  console.log(e.code);
  console.log(e.message);
}
try {
  require('pkg-main');
} catch (e) {
  console.log(e.code);
}
