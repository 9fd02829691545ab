const path = require('path');
const parent = require('./fixtures/children/parent');
const show = (m) => ({ id: path.relative(__dirname, m.id), children: m.children.map(show) });
console.log(JSON.stringify(show(parent)));
console.log(parent.parent === module, module.children.includes(parent));
console.log(module.children.map((m) => path.relative(__dirname, m.filename)));
