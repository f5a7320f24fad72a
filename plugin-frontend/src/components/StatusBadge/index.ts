export { StatusBadge, summariseStatus } from './StatusBadge';
