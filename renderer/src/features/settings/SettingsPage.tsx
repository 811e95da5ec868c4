import { PageHeader } from '../../components/PageHeader';
import { AboutSection } from './AboutSection';
import { MetricsSection } from './MetricsSection';
import { ModelsSection } from './ModelsSection';
import { StorageSection } from './StorageSection';
import { ThemeSetting } from './ThemeSetting';

export function SettingsPage() {
  return (
    <>
      <PageHeader title="Settings" description="Appearance, your data, and this version." />
      <section className="card" aria-labelledby="appearance-heading">
        <h2 id="appearance-heading">Appearance</h2>
        <ThemeSetting />
      </section>
      <StorageSection />
      <ModelsSection />
      <MetricsSection />
      <AboutSection />
    </>
  );
}
