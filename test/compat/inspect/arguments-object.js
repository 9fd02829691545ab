const util = require('util');
(function () { console.log(util.inspect(arguments)); })(1, 'a');
(function () { console.log(util.inspect(arguments)); })();
