export { ResourceOverview } from './ResourceOverview';
