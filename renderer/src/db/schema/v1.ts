// Schema version 1: the first released shape. Append-only: never edit this file once released;
// add schema/v2.ts with its own upgrade and test instead.
//
// Only indexed fields are listed (Dexie's syntax: primary key first, [a+b] compound indexes).
export const SCHEMA_V1 = {
  version: 1,
  stores: {
    teams: 'id, name, updatedAt',
    services: 'id, teamId, [teamId+name], updatedAt',
    people: 'id, teamId, updatedAt',
    assessments: 'id, teamId, [teamId+takenOn], status, updatedAt',
    answers: 'id, assessmentId, [assessmentId+raterId], teamId, updatedAt',
    targets: 'id, teamId, [teamId+categoryId], updatedAt',
    scenarios: 'id, name, updatedAt',
    drills: 'id, teamId, [teamId+plannedFor], status, scenarioId, updatedAt',
    drillEvents: 'id, drillId, [drillId+seq], teamId',
    actionItems: 'id, teamId, [teamId+status], updatedAt',
    settings: 'key',
  },
} as const;
