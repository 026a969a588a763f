import '../../lib/zod-setup';
import '../../components/page-base.css';
import './statistics.css';
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { StoredStatistics } from '../../core/session/statistics';
import { defaultPageTranslator } from '../../lib/i18n-pages';
import { clearStatistics, readStatistics, watchStatistics } from '../../lib/statistics-store';
import { downloadCsv } from './csv';
import { StatisticsPage } from './StatisticsPage';

const i18n = defaultPageTranslator();
document.documentElement.lang = i18n.lang;
document.documentElement.dir = i18n.dir;
document.title = i18n.t('statistics.page.title');

/** Reads the statistics, follows their changes (a session ending meanwhile), exports and erases. */
function OptionsApp() {
  const [stats, setStats] = useState<StoredStatistics | null>(null);
  useEffect(() => {
    void readStatistics().then(setStats);
    return watchStatistics(setStats);
  }, []);
  return (
    <StatisticsPage
      i18n={i18n}
      stats={stats}
      onExport={downloadCsv}
      onClear={async () => {
        await clearStatistics();
        setStats(await readStatistics());
      }}
    />
  );
}

render(<OptionsApp />, document.getElementById('app')!);
