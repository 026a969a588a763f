import '../../lib/zod-setup';
import '../../components/page-base.css';
import './statistics.css';
import { render } from 'preact';
import { defaultPageTranslator } from '../../lib/i18n-pages';
import { clearStatistics, readStatistics, watchStatistics } from '../../lib/statistics-store';
import { downloadCsv, statisticsCsv } from './csv';
import { createStatisticsPageStore } from './page-store';
import { StatisticsPage } from './StatisticsPage';

const i18n = defaultPageTranslator();
document.documentElement.lang = i18n.lang;
document.documentElement.dir = i18n.dir;
document.title = i18n.t('statistics.page.title');

// The page's state lives as long as the page: its store follows the stored counters.
const store = createStatisticsPageStore({
  read: readStatistics,
  watch: watchStatistics,
  clear: clearStatistics,
  csv: (view) => statisticsCsv(view, i18n),
  download: downloadCsv,
});
store.start(new AbortController().signal);
render(<StatisticsPage i18n={i18n} store={store} />, document.getElementById('app')!);
