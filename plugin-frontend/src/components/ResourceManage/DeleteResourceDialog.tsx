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
  Button,
  Dialog,
  DialogBody,
  DialogFooter,
  DialogHeader,
  Text,
  TextField,
} from '@backstage/ui';
import { useState } from 'react';
import { skeTranslationRef } from '../../translation';

export interface DeleteResourceDialogProps {
  name: string;
  isOpen: boolean;
  onCancel(): void;
  onConfirm(): void;
}

/** Asks the user to type the resource's name before it is deleted. */
export function DeleteResourceDialog({
  name,
  isOpen,
  onCancel,
  onConfirm,
}: DeleteResourceDialogProps) {
  const { t } = useTranslationRef(skeTranslationRef);
  const [typed, setTyped] = useState('');
  return (
    <Dialog isOpen={isOpen} onOpenChange={open => !open && onCancel()}>
      <DialogHeader>{t('deleteDialog.title', { name })}</DialogHeader>
      <DialogBody>
        <Text as="p">
          {t('deleteDialog.body', { name: <strong>{name}</strong> })}
        </Text>
        <TextField
          label={t('deleteDialog.confirmLabel')}
          value={typed}
          onChange={setTyped}
        />
      </DialogBody>
      <DialogFooter>
        <Button variant="secondary" onPress={onCancel}>
          {t('common.cancel')}
        </Button>
        <Button
          variant="primary"
          destructive
          isDisabled={typed !== name}
          onPress={onConfirm}
        >
          {t('common.delete')}
        </Button>
      </DialogFooter>
    </Dialog>
  );
}
