for (const bad of [42, undefined, null, {}]) {
  try {
    require(bad);
  } catch (e) {
    console.log(e.code, '|', e.message);
  }
}
try {
  require('');
} catch (e) {
  console.log(e.code, '|', e.message);
}
