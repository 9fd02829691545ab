// compat-argv: ["fixtures/data.txt"]
// An entry point with an unknown extension in a "type": "module" package is ERR_UNKNOWN_FILE_EXTENSION.
