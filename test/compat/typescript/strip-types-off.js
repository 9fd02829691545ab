// compat-argv: ["--no-experimental-strip-types", "{case}"]
// Without type stripping, importing TypeScript is an unknown file extension.
import('./fixtures/esm.mts').catch((err) => console.log(err.code, err.message.replace(__dirname, '<dir>')));
console.log(process.features.typescript);
