process.on('warning', (w) => console.log('warning event', w.name, w.message, w.code));
process.emitWarning('something odd');
process.emitWarning('custom', 'CustomWarning', 'CODE1');
process.emitWarning(new Error('from error'));
