// process.exit(42) while the entry module evaluates: the code stands and no unsettled-await warning is printed,
// even though the entry's evaluation never finishes.
import './fixtures/init-log.js';
console.log('exiting');
process.exit(42);
