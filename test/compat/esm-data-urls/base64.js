// base64-encoded data: URL modules.
const source = "export const greeting = 'hi from base64';";
const ns = await import(`data:text/javascript;base64,${Buffer.from(source).toString('base64')}`);
console.log(ns.greeting);
