// A JSON module has one default export, the parsed value.
import data from './fixtures/data.json' with { type: 'json' };
import * as ns from './fixtures/data.json' with { type: 'json' };
console.log(data, Object.keys(ns), ns.default === data);
