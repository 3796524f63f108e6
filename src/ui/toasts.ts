import { create } from 'zustand';
import type { ToastItem } from './design';

interface ToastState {
  toasts: ToastItem[];
  push: (toast: Omit<ToastItem, 'id'>) => void;
  dismiss: (id: ToastItem['id']) => void;
}

// A few toasts at most: older ones have been seen or are superseded.
const KEEP = 4;
let nextId = 1;

/** Feedback for actions ("Set 12 tools to Deny", with Undo), shown as toasts until dismissed. */
export const useToasts = create<ToastState>()((set) => ({
  toasts: [],
  push: (toast) => set((s) => ({ toasts: [...s.toasts, { ...toast, id: nextId++ }].slice(-KEEP) })),
  dismiss: (id) => set((s) => ({ toasts: s.toasts.filter((t) => t.id !== id) })),
}));
