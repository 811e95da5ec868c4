import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { EmptyState } from '../../components/EmptyState';
import { PageHeader } from '../../components/PageHeader';
import { useDrill, type DrillData } from './use-drill';

/** Loads the drill named in the route, or says plainly that it does not exist. */
export function DrillFrame({ children }: { readonly children: (data: DrillData) => ReactNode }) {
  const { drillId = '' } = useParams();
  const data = useDrill(drillId);
  if (data === undefined) {
    return (
      <p className="muted" role="status">
        Opening the drill…
      </p>
    );
  }
  if (data === null) {
    return (
      <>
        <PageHeader title="Drill not found" />
        <EmptyState title="This drill does not exist">
          <p>
            It may have been deleted with its team. <Link to="/drills">Back to drills</Link>
          </p>
        </EmptyState>
      </>
    );
  }
  return <>{children(data)}</>;
}
