/**
 * Shared types, Kratix annotation keys and permissions for the SKE plugins.
 *
 * @packageDocumentation
 */
export * from './annotations';
export * from './headers';
export * from './permissions';
export * from './status';
export * from './types';
