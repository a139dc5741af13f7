import { initI18n } from '../../../app/i18n';
import { PLACEHOLDER_BRACES } from './syntax-errors';

describe('messages about placeholder syntax', () => {
  const i18n = initI18n('ja');
  const translate = i18n.t as unknown as (key: string, options?: Record<string, unknown>) => string;

  it('show the braces literally in both languages', async () => {
    expect(translate('templates.fieldErrors.template.unclosed', PLACEHOLDER_BRACES)).toBe(
      '「{{」が「}}」で閉じられていません。',
    );
    expect(translate('templates.fieldErrors.template.strayClose', PLACEHOLDER_BRACES)).toContain(
      '\\}}',
    );
    await i18n.changeLanguage('en');
    expect(translate('templates.fieldErrors.template.emptyName', PLACEHOLDER_BRACES)).toBe(
      'A blank has no name. Write it like {{name}}.',
    );
    expect(
      translate('templates.editor.bodyHint', { simple: '{{name}}', full: '{{name|default|hint}}' }),
    ).toBe('Write a blank as {{name}} or {{name|default|hint}}.');
    await i18n.changeLanguage('ja');
  });
});
