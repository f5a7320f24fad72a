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
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import {
  Alert,
  Button,
  Cell,
  CellText,
  ColumnConfig,
  Flex,
  Link,
  Table,
  Text,
  TextField,
} from '@backstage/ui';
import type {
  PromiseSummary,
  ResourceDetails,
} from '@syntasso/plugin-ske-common';
import { FormEvent, useEffect, useState } from 'react';
import useAsync from 'react-use/esm/useAsync';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { describeSkeError, skeApiRef } from '../../api';
import { LIVE_REFRESH_MS } from '../../hooks/useLiveResource';
import { useResourcePageHref } from '../../hooks/useResourcePageHref';
import { skeTranslationRef } from '../../translation';
import { StatusBadge } from '../StatusBadge';
import { RequestCounts } from './RequestCounts';
import { requestAge } from './requestAge';
import { requestKey, useRequestEntities } from './useRequestEntities';

const REQUESTS_PAGE_SIZE = 20;
const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

type Row = ResourceDetails & { id: string };

/**
 * A Promise's requests, live and paged by the server: name (linking to the
 * request's catalog entity, else to its own page), namespace, status, age;
 * filtered by namespace. When the caller may not list every namespace, it
 * asks for one and says why.
 */
export function PromiseRequests({
  promise,
  refreshMs = LIVE_REFRESH_MS,
}: {
  promise: PromiseSummary;
  refreshMs?: number;
}) {
  const skeApi = useApi(skeApiRef);
  const { t } = useTranslationRef(skeTranslationRef);
  const pageHref = useResourcePageHref();
  const [namespace, setNamespace] = useState<string | undefined>();
  const [draft, setDraft] = useState('');
  const [draftInvalid, setDraftInvalid] = useState(false);
  // The continue token of each page seen so far; page 0 has none.
  const [tokens, setTokens] = useState<(string | undefined)[]>([undefined]);
  const page = tokens.length - 1;

  const list = useAsyncRetry(
    () =>
      skeApi.listResources(promise.name, {
        namespace,
        limit: REQUESTS_PAGE_SIZE,
        continueToken: tokens[page],
      }),
    [skeApi, promise.name, namespace, tokens],
  );
  const counts = useAsync(
    () => skeApi.countResources(promise.name, { namespace }),
    [skeApi, promise.name, namespace],
  );
  const { retry } = list;
  useEffect(() => {
    if (refreshMs <= 0) return undefined;
    const timer = setInterval(retry, refreshMs);
    return () => clearInterval(timer);
  }, [retry, refreshMs]);

  const [items, setItems] = useState<ResourceDetails[]>();
  useEffect(() => {
    if (list.value) setItems(list.value.items);
    else if (list.error) setItems(undefined);
  }, [list.value, list.error]);
  const entities = useRequestEntities(items);

  const apply = (event: FormEvent) => {
    event.preventDefault();
    const value = draft.trim();
    if (value && !DNS_LABEL.test(value)) {
      setDraftInvalid(true);
      return;
    }
    setDraftInvalid(false);
    setNamespace(value || undefined);
    setTokens([undefined]);
    setItems(undefined);
  };

  const error = list.error && describeSkeError(list.error);
  const needsNamespace = error?.status === 403 && !namespace;

  const columns: ColumnConfig<Row>[] = [
    {
      id: 'name',
      label: t('common.name'),
      isRowHeader: true,
      cell: item => {
        const entityRef = entities.get(requestKey(item));
        return (
          <Cell>
            {entityRef ? (
              <EntityRefLink entityRef={entityRef} title={item.name} />
            ) : (
              <Link href={pageHref(item)}>{item.name}</Link>
            )}
          </Cell>
        );
      },
    },
    {
      id: 'namespace',
      label: t('common.namespace'),
      cell: item => <CellText title={item.namespace} />,
    },
    {
      id: 'status',
      label: t('requests.status'),
      cell: item => (
        <Cell>
          <StatusBadge status={item.status} />
        </Cell>
      ),
    },
    {
      id: 'age',
      label: t('requests.age'),
      cell: item => {
        const age = requestAge(item.creationTimestamp);
        return (
          <CellText
            title={
              age ? t(`requests.ages.${age.unit}`, { n: String(age.n) }) : ''
            }
          />
        );
      },
    },
  ];

  return (
    <Flex direction="column" gap="3" data-testid="ske-requests">
      <Text variant="title-x-small" as="h3">
        {t('requests.heading')}
      </Text>
      {counts.value && <RequestCounts counts={counts.value} />}
      <form onSubmit={apply} aria-label={t('requests.filterLabel')}>
        <Flex gap="2" align="end">
          <TextField
            label={t('common.namespace')}
            value={draft}
            onChange={setDraft}
            placeholder={t('requests.allNamespaces')}
            isInvalid={draftInvalid}
            description={
              draftInvalid ? t('requests.invalidNamespace') : undefined
            }
            data-testid="ske-requests-namespace"
          />
          <Button type="submit" variant="secondary">
            {t('requests.applyFilter')}
          </Button>
        </Flex>
      </form>
      {needsNamespace && (
        <Alert
          status="info"
          title={t('requests.namespaceNeededTitle')}
          description={t('requests.namespaceNeededDescription', {
            reason: error.message,
          })}
          data-testid="ske-requests-namespace-needed"
        />
      )}
      {error && !needsNamespace && (
        <Alert
          status="danger"
          title={t('requests.loadFailed')}
          description={error.message}
        />
      )}
      {!needsNamespace && (
        <Table<Row>
          columnConfig={columns}
          data={items?.map(item => ({ ...item, id: requestKey(item) }))}
          isPending={!items && !error}
          emptyState={<Text>{t('requests.empty')}</Text>}
          pagination={{
            type: 'page',
            pageSize: REQUESTS_PAGE_SIZE,
            offset: page * REQUESTS_PAGE_SIZE,
            totalCount:
              counts.value && !counts.value.atLimit
                ? counts.value.total
                : undefined,
            showPageSizeOptions: false,
            hasPreviousPage: page > 0,
            hasNextPage: Boolean(list.value?.continueToken),
            onPreviousPage: () => setTokens(tokens.slice(0, -1)),
            onNextPage: () => {
              const next = list.value?.continueToken;
              if (next) setTokens([...tokens, next]);
            },
          }}
        />
      )}
    </Flex>
  );
}
