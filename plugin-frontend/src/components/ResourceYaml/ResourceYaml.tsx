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
import { useApi, useTranslationRef } from '@backstage/frontend-plugin-api';
import { Alert, Button, Card, CardBody, CardHeader, Flex } from '@backstage/ui';
import { maskSecrets, ResourceRef } from '@syntasso/plugin-ske-common';
import { useState } from 'react';
import useAsync from 'react-use/esm/useAsync';
import { stringify } from 'yaml';
import { describeSkeError, skeApiRef } from '../../api';
import { skeTranslationRef } from '../../translation';
import { RevealToggle } from '../RevealToggle';
import { SectionTitle } from '../SectionTitle';

export interface ResourceYamlProps {
  resourceRef: ResourceRef;
  /** Changes when the request changes, so the YAML is read again. */
  resourceVersion?: string;
}

/** Offers `text` as a file download named `fileName`. */
function download(fileName: string, text: string) {
  const url = URL.createObjectURL(
    new Blob([text], { type: 'application/yaml' }),
  );
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  URL.revokeObjectURL(url);
}

/**
 * The request as the platform holds it, as YAML (without managedFields),
 * secrets masked until revealed; copy and download take what is shown.
 */
export function ResourceYaml({
  resourceRef,
  resourceVersion,
}: ResourceYamlProps) {
  const skeApi = useApi(skeApiRef);
  const { t } = useTranslationRef(skeTranslationRef);
  const [revealed, setRevealed] = useState(false);
  const [copied, setCopied] = useState(false);
  const { apiVersion, kind, namespace, name } = resourceRef;
  const { value, error } = useAsync(
    async () =>
      (await skeApi.getResourceManifest({ apiVersion, kind, namespace, name }))
        .manifest,
    [skeApi, apiVersion, kind, namespace, name, resourceVersion],
  );
  const text = value ? stringify(revealed ? value : maskSecrets(value)) : '';

  return (
    <Card data-testid="ske-resource-yaml">
      <CardHeader>
        <Flex justify="between" align="center">
          <SectionTitle
            title={t('yamlView.title')}
            description={t('yamlView.description')}
          />
          <Flex gap="2">
            <RevealToggle
              revealed={revealed}
              isDisabled={!value}
              onToggle={() => setRevealed(r => !r)}
            />
            <Button
              size="small"
              variant="secondary"
              isDisabled={!value}
              onPress={async () => {
                await navigator.clipboard.writeText(text);
                setCopied(true);
              }}
            >
              {copied ? t('yamlView.copied') : t('yamlView.copy')}
            </Button>
            <Button
              size="small"
              variant="secondary"
              isDisabled={!value}
              onPress={() => download(`${namespace}-${name}.yaml`, text)}
            >
              {t('yamlView.download')}
            </Button>
          </Flex>
        </Flex>
      </CardHeader>
      <CardBody>
        {error && (
          <Alert
            status="warning"
            title={t('yamlView.loadFailed')}
            description={describeSkeError(error).message}
          />
        )}
        {value && (
          <pre
            data-testid="ske-yaml-text"
            style={{ margin: 0, overflowX: 'auto', fontSize: '0.85em' }}
          >
            {text}
          </pre>
        )}
      </CardBody>
    </Card>
  );
}
