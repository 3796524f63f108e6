import { create } from 'zustand';

/** The outcome of an import, a load or a connection, shown until dismissed. */
export interface TransferReport {
  tone: 'info' | 'warning' | 'error';
  title: string;
  /** Details: rewrites made, entries skipped, problems found. */
  lines: string[];
}

interface TransferReportState {
  report: TransferReport | null;
  /** What is being read or parsed right now ("Reading policy.json…"), or null. */
  busy: string | null;
  show: (report: TransferReport) => void;
  dismiss: () => void;
  setBusy: (busy: string | null) => void;
}

/** UI state of the transfer actions only; the document itself lives in the policy store. */
export const useTransferReport = create<TransferReportState>()((set) => ({
  report: null,
  busy: null,
  show: (report) => set({ report, busy: null }),
  dismiss: () => set({ report: null }),
  setBusy: (busy) => set({ busy }),
}));
