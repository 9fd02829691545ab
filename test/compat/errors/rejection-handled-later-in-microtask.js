const p = Promise.reject(new Error('late'));
Promise.resolve().then(() => p.catch((e) => console.log('handled', e.message)));
