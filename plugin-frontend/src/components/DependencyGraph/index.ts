export { DependencyGraph } from './DependencyGraph';
