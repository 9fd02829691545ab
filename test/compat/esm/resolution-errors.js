// Node's resolution errors for import(), with their codes and messages.
const specifiers = [
  './fixtures/forms', './fixtures/missing.js', 'no-such-package', 'dual/not-exported', './fixtures',
  './fixtures/data.json.txt', '#not-mapped', 'ftp://example.com/x.js', './fixtures/a%2Fb.js', 'node:nope',
  'plainpkg/lib/deep',
];
for (const specifier of specifiers) {
  try {
    await import(specifier);
    console.log(specifier, 'loaded');
  } catch (err) {
    console.log(specifier, err.code, err.name);
    console.log('  ', err.message.replaceAll(process.cwd(), '<cwd>'));
  }
}
