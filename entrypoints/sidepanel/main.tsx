import '../../lib/zod-setup';
import '../../components/page-base.css';
import '../../components/read-aloud.css'; // the read-aloud controls of the notice (same look as on the person's page)
import './sidepanel.css';
import { render } from 'preact';
import { defaultPageTranslator } from '../../lib/i18n-pages';
import { SidePanelApp } from './App';

const i18n = defaultPageTranslator();
document.documentElement.lang = i18n.lang;
document.documentElement.dir = i18n.dir;
document.title = i18n.t('sidepanel.page.title');
render(<SidePanelApp i18n={i18n} />, document.getElementById('app')!);
