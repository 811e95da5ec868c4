import { Link } from 'react-router';
import { EmptyState } from '../../components/EmptyState';
import { PageHeader } from '../../components/PageHeader';

export function AssessmentMissing() {
  return (
    <>
      <PageHeader title="Assessment not found" />
      <EmptyState title="This assessment no longer exists">
        <p>
          It may have been deleted in another window.{' '}
          <Link to="/assessments">See all assessments</Link>.
        </p>
      </EmptyState>
    </>
  );
}
