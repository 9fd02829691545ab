// A cycle: the module imported second evaluates first and sees hoisted functions, not lets/consts.
import './fixtures/cycle-a.js';
console.log('main done');
