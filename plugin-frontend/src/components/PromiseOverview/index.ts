export { PromiseOverview } from './PromiseOverview';
