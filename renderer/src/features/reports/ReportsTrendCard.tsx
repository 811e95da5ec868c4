// The team trend report's choices: a period preset or two dates of the user's own. Nothing is
// opened or exported while those dates are missing or out of order; the problem is said next to
// the field, and trying anyway moves focus to it.
import { useEffect, useRef, useState } from 'react';
import { REPORT_PERIODS, type PaperSize, type ReportTarget } from '@shared/report-request';
import { DateField } from '../../components/DateField';
import { SelectField } from '../../components/SelectField';
import type { TeamRecord } from '../../domain/records/teams';
import { PERIOD_LABELS } from '../../domain/trends/filters';
import { customPeriodErrors, trendTarget } from './reports-choices';
import { ReportsActions, ReportsKindCard } from './ReportsKindCard';
import type { ReportsParamKey, ReportsParams } from './reports-params';

interface ReportsTrendCardProps {
  readonly team: TeamRecord;
  readonly params: ReportsParams;
  readonly paper: PaperSize;
  readonly onChange: (key: ReportsParamKey, value: string) => void;
}

export function ReportsTrendCard({ team, params, paper, onChange }: ReportsTrendCardProps) {
  const { period, from, to } = params;
  const custom = period === 'custom';
  const errors = custom ? customPeriodErrors(from, to) : {};
  const target = trendTarget(team.id, period, from, to);
  // Errors show once the user has left a date field, filled both, or tried to open or export:
  // not while they are still choosing the period.
  const [shown, setShown] = useState(false);
  // Each attempt while invalid asks for focus on the first field at fault, once it shows its error.
  const [focusRequest, setFocusRequest] = useState<{ readonly field: 'from' | 'to' } | null>(null);
  const fromRef = useRef<HTMLInputElement>(null);
  const toRef = useRef<HTMLInputElement>(null);
  const showErrors = shown || (from !== '' && to !== '');
  useEffect(() => {
    if (focusRequest !== null) (focusRequest.field === 'from' ? fromRef : toRef).current?.focus();
  }, [focusRequest]);
  // While invalid, the actions still name the period the user is choosing; they do not run.
  const request = {
    target: target ?? draftTarget(team.id, from, to),
    paper,
  };
  return (
    <ReportsKindCard
      id="trend-report"
      title="Team trend report"
      description={`Recovery times and every phase of ${team.name} over a period, with the statistics of the Trends screen and the maturity history.`}
    >
      <SelectField
        label="Period"
        value={period}
        onChange={(value) => {
          onChange('period', value);
        }}
        options={REPORT_PERIODS.map((p): [string, string] => [p, PERIOD_LABELS[p]])}
      />
      {custom && (
        <div className="reports-dates">
          <DateField
            label="First day"
            value={from}
            error={showErrors ? errors.from : undefined}
            inputRef={fromRef}
            onChange={(value) => {
              onChange('from', value);
            }}
            onBlur={() => {
              setShown(true);
            }}
          />
          <DateField
            label="Last day"
            value={to}
            error={showErrors ? errors.to : undefined}
            inputRef={toRef}
            onChange={(value) => {
              onChange('to', value);
            }}
            onBlur={() => {
              setShown(true);
            }}
          />
        </div>
      )}
      <ReportsActions
        request={request}
        valid={target !== null}
        onBlocked={() => {
          setShown(true);
          setFocusRequest({ field: errors.from !== undefined ? 'from' : 'to' });
        }}
      />
    </ReportsKindCard>
  );
}

function draftTarget(teamId: string, from: string, to: string): ReportTarget {
  return {
    kind: 'trend',
    teamId,
    period: 'custom',
    ...(from === '' ? {} : { from }),
    ...(to === '' ? {} : { to }),
  };
}
