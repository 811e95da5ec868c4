// One click to a PDF. Desktop: main prints the report view and asks where to save it. Web: the
// report view opens and the browser's print dialog offers "Save as PDF".
import { useState } from 'react';
import type { ReportRequest } from '@shared/report-request';
import { exportReport } from './export-report';

interface ExportReportButtonProps {
  readonly request: ReportRequest;
  readonly label?: string;
  readonly disabled?: boolean;
  readonly primary?: boolean;
}

export function ExportReportButton(props: ExportReportButtonProps) {
  const { request, label = 'Export PDF…', disabled = false, primary = false } = props;
  const [busy, setBusy] = useState(false);
  const unavailable = disabled || busy;
  const run = async () => {
    setBusy(true);
    try {
      await exportReport(request);
    } finally {
      setBusy(false);
    }
  };
  return (
    <button
      type="button"
      className={primary ? 'button primary' : 'button'}
      aria-disabled={unavailable}
      onClick={() => {
        if (!unavailable) void run();
      }}
    >
      {busy ? 'Preparing the PDF…' : label}
    </button>
  );
}
