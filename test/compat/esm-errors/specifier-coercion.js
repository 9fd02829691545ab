// import() turns its argument into a string; objects with toString work, symbols reject.
const ns = await import({ toString: () => './fixtures/exports-a.js' });
console.log(ns.a);
try { await import(Symbol('x')); } catch (err) { console.log(err.name); }
try { await import(undefined); } catch (err) { console.log(err.code, err.message.replaceAll(process.cwd(), '<cwd>')); }
