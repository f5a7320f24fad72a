/*
 * Copyright 2026 The Kratix Authors
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */

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
