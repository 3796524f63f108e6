import { create } from 'zustand';

/** The app's dialogs that more than one place can open (header menus, the first-run panel). */
export type AppDialog = 'load' | 'import' | 'connect' | 'share' | 'changes';

interface OpenDialogState {
  open: AppDialog | null;
  show: (dialog: AppDialog) => void;
  close: () => void;
}

/** Which app dialog is open: one at a time, rendered by the header's actions. */
export const useOpenDialog = create<OpenDialogState>()((set) => ({
  open: null,
  show: (open) => set({ open }),
  close: () => set({ open: null }),
}));
