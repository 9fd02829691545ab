const tp = require('timers/promises');
tp.setTimeout(1, 'x', { ref: 'yes' }).catch((e) => console.log(e.code, e.message));
tp.setTimeout(1, 'x', null).catch((e) => console.log(e.code, e.message));
