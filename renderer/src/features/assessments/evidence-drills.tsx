// The team's completed drills, offered as evidence on every criterion of an assessment. Read once
// per page (not once per criterion) and handed down through context.
import { createContext, useContext, type ReactNode } from 'react';
import { repos } from '../../db/app-db';
import { useLive } from '../../db/live';
import type { DrillRecord, Id } from '../../db/records';

const EvidenceDrillsContext = createContext<readonly DrillRecord[]>([]);

export function EvidenceDrillsProvider({
  teamId,
  children,
}: {
  readonly teamId: Id;
  readonly children: ReactNode;
}) {
  const drills = useLive(
    async () =>
      (await repos.drills.listForTeam(teamId)).filter((drill) => drill.status === 'completed'),
    [teamId],
  );
  return (
    <EvidenceDrillsContext.Provider value={drills ?? []}>{children}</EvidenceDrillsContext.Provider>
  );
}

export function useEvidenceDrills(): readonly DrillRecord[] {
  return useContext(EvidenceDrillsContext);
}
