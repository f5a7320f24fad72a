import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { Box, TextAreaField, Text } from '@backstage/ui';
import { skeTranslationRef } from '../../translation';
import type { YamlProblem } from './formWidgets/yamlText';

export interface SpecYamlEditorProps {
  text: string;
  problems: YamlProblem[];
  disabled: boolean;
  onChange(text: string): void;
}

/** The spec as YAML, with each syntax or schema problem listed at its line. */
export function SpecYamlEditor({
  text,
  problems,
  disabled,
  onChange,
}: SpecYamlEditorProps) {
  const { t } = useTranslationRef(skeTranslationRef);
  return (
    <Box>
      <TextAreaField
        id="ske-spec-yaml"
        label={t('specForm.yamlLabel')}
        description={t('specForm.yamlDescription')}
        value={text}
        onChange={onChange}
        isDisabled={disabled}
        isInvalid={problems.length > 0}
        rows={Math.min(30, Math.max(8, text.split('\n').length + 1))}
        spellCheck="false"
        style={{ fontFamily: 'var(--bui-font-monospace, monospace)' }}
      />
      {problems.length > 0 && (
        <ul data-testid="ske-yaml-problems">
          {problems.map((p, i) => (
            <li key={i}>
              <Text color="danger">
                {p.line === undefined
                  ? p.message
                  : t('specForm.yamlProblem', {
                      line: String(p.line),
                      message: p.message,
                    })}
              </Text>
            </li>
          ))}
        </ul>
      )}
    </Box>
  );
}
