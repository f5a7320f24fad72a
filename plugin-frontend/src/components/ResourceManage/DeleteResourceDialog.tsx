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
  const [typed, setTyped] = useState('');
  return (
    <Dialog isOpen={isOpen} onOpenChange={open => !open && onCancel()}>
      <DialogHeader>Delete {name}?</DialogHeader>
      <DialogBody>
        <Text as="p">
          The platform will run the Promise's delete workflow and remove what it
          provisioned. Type <strong>{name}</strong> to confirm.
        </Text>
        <TextField label="Resource name" value={typed} onChange={setTyped} />
      </DialogBody>
      <DialogFooter>
        <Button variant="secondary" onPress={onCancel}>
          Cancel
        </Button>
        <Button
          variant="primary"
          destructive
          isDisabled={typed !== name}
          onPress={onConfirm}
        >
          Delete
        </Button>
      </DialogFooter>
    </Dialog>
  );
}
