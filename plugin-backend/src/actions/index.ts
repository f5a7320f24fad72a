export { createConfigureResourceAction } from './configureResourceAction';
export { createDeleteResourceAction } from './deleteResourceAction';
export { registerResourceActions } from './registryActions';
export { ResourceOperations } from './ResourceOperations';
export { resourceIdOf } from './resourceInput';
