process.emitWarning('first warning');
process.emitWarning('second warning', 'DeprecationWarning', 'DEP0XXX');
process.emitWarning('with detail', { type: 'CustomWarning', code: 'C1', detail: 'more info here' });
