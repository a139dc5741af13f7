import { CombinedGraphQLErrors } from '@apollo/client';
import { bodySyntaxErrors, mergeSyntaxErrors } from './syntax-errors';

describe('body syntax errors from the API', () => {
  it('keeps line and column of the body errors and ignores other fields', () => {
    const error = new CombinedGraphQLErrors({
      errors: [
        {
          message: 'Invalid input',
          extensions: {
            code: 'BAD_USER_INPUT',
            fields: [
              { field: 'title', code: 'title.required', message: 'Enter a title.' },
              {
                field: 'body',
                code: 'template.strayClose',
                message: '"}}" closes nothing',
                offset: 7,
                line: 2,
                column: 3,
              },
              { field: 'body', code: 'body.tooLong', message: 'too long' },
            ],
          },
        },
      ],
    });
    expect(bodySyntaxErrors(error)).toEqual([
      { code: 'template.strayClose', message: '"}}" closes nothing', line: 2, column: 3 },
    ]);
    expect(bodySyntaxErrors(new Error('network'))).toEqual([]);
  });

  it('merges live and server errors once each, in body order', () => {
    const a = { code: 'template.unclosed', message: 'a', line: 3, column: 1 };
    const b = { code: 'template.emptyName', message: 'b', line: 1, column: 4 };
    expect(mergeSyntaxErrors([a], [b, { ...a, message: 'again' }])).toEqual([b, a]);
  });
});
