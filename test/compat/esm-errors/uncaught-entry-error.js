// compat-argv: ["fixtures/throws-value.js"]
// A non-error value thrown by an ES module entry is reported as uncaught, exit 1.
