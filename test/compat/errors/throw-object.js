const o = { message: 'not an error', code: 7 };
throw o;
