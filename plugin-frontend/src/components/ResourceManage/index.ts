export { ResourceManage } from './ResourceManage';
