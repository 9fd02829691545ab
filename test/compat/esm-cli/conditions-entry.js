// compat-argv: ["-C", "dev", "fixtures/conditions.mjs"]
// --conditions (-C) applies to the entry's own imports.
