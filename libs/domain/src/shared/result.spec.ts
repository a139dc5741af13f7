import { fail, fieldError, ok } from './result';

describe('result helpers', () => {
  it('wraps a value', () => {
    expect(ok(3)).toEqual({ ok: true, value: 3 });
  });

  it('wraps errors', () => {
    const error = fieldError('email', 'email.invalid', 'Enter a valid email address.');
    expect(fail([error])).toEqual({ ok: false, errors: [error] });
  });
});
