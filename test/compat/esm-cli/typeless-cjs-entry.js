// compat-argv: ["fixtures/typeless-cjs.js"]
// A typeless entry without module syntax stays CommonJS.
