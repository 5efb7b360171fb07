import 'govuk-frontend/dist/govuk/govuk-frontend.min.css';
import { mountPortal } from '@rollcall/portal-kit';
import { App } from './app';

mountPortal(document.getElementById('root'), <App />);
