// An uncaught error from vm code: Node's report shows the throw site once.
const vm = require('node:vm');
vm.runInNewContext('var a = 1;\nthrow new TypeError("from the context")', {}, { filename: 'ctx.js' });
