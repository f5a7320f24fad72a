import { useTranslationRef } from '@backstage/frontend-plugin-api';
import {
  Accordion,
  AccordionPanel,
  AccordionTrigger,
  Box,
  Flex,
  Text,
} from '@backstage/ui';
import { ReactNode, useState } from 'react';
import { skeTranslationRef } from '../../../translation';

export interface FormSectionProps {
  id: string;
  title: string;
  description?: string;
  required?: boolean;
  /** Open at first: required sections are, optional ones are not. */
  defaultExpanded: boolean;
  /** Errors inside keep the section open, so they are seen. */
  hasErrors?: boolean;
  /** Whether the section holds data: a section that gets some opens. */
  filled?: boolean;
  /** Controls drawn beside the title (add/remove the optional object). */
  controls?: ReactNode;
  children: ReactNode;
}

/**
 * An object (or array) of the spec as a titled, collapsible BUI section.
 * A closed section does not render its fields: a large schema costs only
 * what is open, and the data stays in the form's state.
 */
export function FormSection({
  id,
  title,
  description,
  required,
  defaultExpanded,
  hasErrors,
  filled = true,
  controls,
  children,
}: FormSectionProps) {
  const { t } = useTranslationRef(skeTranslationRef);
  const [expanded, setExpanded] = useState(defaultExpanded);
  const [wasFilled, setWasFilled] = useState(filled);
  if (filled !== wasFilled) {
    setWasFilled(filled);
    if (filled) setExpanded(true);
  }
  const open = expanded || Boolean(hasErrors);
  return (
    <Box
      data-testid={`ske-section-${id}`}
      style={{ marginBottom: 'var(--bui-space-3)' }}
    >
      <Accordion isExpanded={open} onExpandedChange={setExpanded}>
        <AccordionTrigger
          title={title}
          subtitle={
            required ? t('specForm.requiredSection') : t('specForm.optional')
          }
        />
        {controls && <Flex gap="2">{controls}</Flex>}
        <AccordionPanel>
          {open && (
            <Box style={{ paddingLeft: 'var(--bui-space-3)' }}>
              {description && (
                <Text as="p" variant="body-small" color="secondary">
                  {description}
                </Text>
              )}
              {children}
            </Box>
          )}
        </AccordionPanel>
      </Accordion>
    </Box>
  );
}
