const path = require('path');
console.log(path.relative(process.cwd(), __filename), path.relative(process.cwd(), __dirname) === '');
console.log(path.isAbsolute(__filename), path.dirname(__filename) === __dirname);
const info = require('./fixtures/info');
console.log(path.relative(__dirname, info.filename), path.relative(__dirname, info.dirname));
console.log(info.id === info.filename, info.loaded);
