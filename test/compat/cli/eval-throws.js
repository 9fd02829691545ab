// compat-argv: ["-e", "\nconst x = 1;\nthrow new RangeError('bad ' + x);"]
