// A binding of a module that has not run yet is in its temporal dead zone; later it is live.
import { later } from './fixtures/tdz-b.js';
console.log('later:', later());
