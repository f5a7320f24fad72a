export { CreateResourceButton } from './CreateResourceButton';
