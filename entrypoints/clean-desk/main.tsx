import '../../lib/zod-setup';
import '../../components/page-base.css';
import './clean-desk.css';
import { render } from 'preact';
import { defaultPageTranslator } from '../../lib/i18n-pages';
import { CleanDeskApp } from './App';

const i18n = defaultPageTranslator();
document.documentElement.lang = i18n.lang;
document.documentElement.dir = i18n.dir;
document.title = i18n.t('cleanDesk.page.title');
render(<CleanDeskApp i18n={i18n} />, document.getElementById('app')!);
