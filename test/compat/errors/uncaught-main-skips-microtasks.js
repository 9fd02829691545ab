// A fatal error in the main script ends the process before queued microtasks run.
Promise.resolve().then(() => console.log('never printed'));
throw new TypeError('fatal');
