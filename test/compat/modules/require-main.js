console.log(require.main === module);
console.log(require.main.filename === __filename, require.main.id);
const child = require('./fixtures/main-check');
console.log(child);
console.log(process.mainModule === module);
