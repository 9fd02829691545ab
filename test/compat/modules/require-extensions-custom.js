// require.extensions keys take part in resolution, longest multi-dot extension first when loading.
const fs = require('fs');
const path = require('path');
const os = require('os');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jnode-ext-'));
fs.writeFileSync(path.join(dir, 'a.foo.bar'), 'module.exports = "a";');
require.extensions['.bar'] = () => console.log('wrong handler .bar');
require.extensions['.foo.bar'] = (m, filename) => {
  console.log('.foo.bar handler for', path.basename(filename));
  m.exports = 'custom';
};
console.log(require(path.join(dir, 'a')));
try {
  require(path.join(dir, 'a.foo'));
} catch (e) {
  console.log(e.code);
}
delete require.extensions['.bar'];
delete require.extensions['.foo.bar'];
try {
  require(path.join(dir, 'b'));
} catch (e) {
  console.log(e.code);
}
fs.rmSync(dir, { recursive: true });
