// process.setSourceMapsEnabled validates its argument; process.sourceMapsEnabled reflects it.
console.log(process.sourceMapsEnabled, Object.getOwnPropertyDescriptor(process, 'sourceMapsEnabled').set);
for (const value of [undefined, null, 1, {}, 'true']) {
  try {
    process.setSourceMapsEnabled(value);
  } catch (e) {
    console.log(e.code, e.message, String(e));
  }
}
process.setSourceMapsEnabled(true);
console.log(process.sourceMapsEnabled);
process.setSourceMapsEnabled(false);
console.log(process.sourceMapsEnabled);
