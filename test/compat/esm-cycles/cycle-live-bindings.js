// Live bindings across a cycle: each side sees the other's updates.
import { fromA } from './fixtures/live-a.js';
console.log('main: fromA', fromA);
