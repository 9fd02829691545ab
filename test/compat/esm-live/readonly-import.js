// Imported bindings cannot be assigned by the importer; namespace properties cannot be set.
import { count } from './fixtures/counter.js';
import * as ns from './fixtures/counter.js';
try { count = 5; } catch (err) { console.log('assign binding:', err.name); }
try { ns.count = 5; } catch (err) { console.log('assign namespace:', err.name); }
try { ns.added = 1; } catch (err) { console.log('add to namespace:', err.name); }
try { delete ns.count; } catch (err) { console.log('delete from namespace:', err.name); }
console.log(ns.count, 'added' in ns);
