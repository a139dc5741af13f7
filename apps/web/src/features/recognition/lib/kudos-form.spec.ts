import { budgetState, localKudosErrors } from './kudos-form';

describe('localKudosErrors', () => {
  it('asks for a receiver and a value before sending', () => {
    expect(localKudosErrors({ receiverId: null, valueId: null, message: '' })).toEqual({
      receiverId: 'kudos.receiverRequired',
      valueId: 'kudos.valueRequired',
    });
  });

  it('leaves the message rules to the server (its codes are translated)', () => {
    expect(localKudosErrors({ receiverId: 'm1', valueId: 'v1', message: '   ' })).toEqual({});
  });
});

describe('budgetState', () => {
  it('reports what is left this month', () => {
    expect(budgetState({ budget: 10, used: 7, remaining: 3 })).toEqual({
      remaining: 3,
      exhausted: false,
    });
  });

  it('is exhausted at zero', () => {
    expect(budgetState({ budget: 10, used: 10, remaining: 0 })).toEqual({
      remaining: 0,
      exhausted: true,
    });
  });

  it('knows nothing before the budget is loaded', () => {
    expect(budgetState(null)).toEqual({ remaining: null, exhausted: false });
  });
});
