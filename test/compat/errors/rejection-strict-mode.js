// compat-argv: ["--unhandled-rejections=strict", "{case}"]
// strict: the uncaught exception first, then 'unhandledRejection'.
process.on('uncaughtException', (e, origin) => console.log('uncaughtException', e.message, origin));
process.on('unhandledRejection', (r) => console.log('unhandledRejection', r instanceof Error ? r.message : r));
Promise.reject(new Error('x'));
Promise.reject(42);
