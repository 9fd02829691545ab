const path = require('path');
const fixtures = path.join(__dirname, 'fixtures');
console.log(require.resolve('pkg-main', { paths: [fixtures] }));
console.log(require.resolve('./rel/a', { paths: [fixtures] }));
console.log(require.resolve('./a', { paths: [path.join(fixtures, 'nothing-here'), path.join(fixtures, 'rel')] }));
console.log(require.resolve.paths('path'));
console.log(require.resolve.paths('./x'));
const lookup = require.resolve.paths('some-pkg');
console.log(lookup[0], lookup.includes(path.join(__dirname, 'node_modules')));
try {
  require.resolve('pkg-main', { paths: [__dirname] });
} catch (e) {
  console.log(e.code);
}
