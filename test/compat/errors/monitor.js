process.on('uncaughtExceptionMonitor', (err, origin) => console.log('monitor', err.message, origin));
process.on('uncaughtException', (err) => console.log('handler', err.message));
throw new Error('seen twice');
