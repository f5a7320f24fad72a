import '@backstage/ui/css/styles.css';
import ReactDOM from 'react-dom/client';
import { appRoot } from './App';

ReactDOM.createRoot(document.getElementById('root')!).render(appRoot);
