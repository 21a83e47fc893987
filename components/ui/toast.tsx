'use client';

import { createContext, useCallback, useContext, useEffect, useRef, useState, type ReactNode } from 'react';

type Toast = { id: number; message: string };
type Notify = (message: string) => void;

const ToastContext = createContext<Notify>(() => {});

const VISIBLE_MS = 5_000;

/**
 * Short confirmations ("Link copied") in one polite live region, present from
 * the first render so screen readers are already listening when one arrives.
 * They never take focus and never hold information found nowhere else.
 */
export function ToastProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<Toast[]>([]);
  const next = useRef(0);
  const timers = useRef(new Set<ReturnType<typeof setTimeout>>());

  const notify = useCallback<Notify>((message) => {
    const id = next.current++;
    setToasts((current) => [...current.slice(-2), { id, message }]);
    const timer = setTimeout(() => {
      timers.current.delete(timer);
      setToasts((current) => current.filter((toast) => toast.id !== id));
    }, VISIBLE_MS);
    timers.current.add(timer);
  }, []);

  useEffect(() => {
    const pending = timers.current;
    return () => pending.forEach((timer) => clearTimeout(timer));
  }, []);

  return (
    <ToastContext value={notify}>
      {children}
      <div
        role="status"
        aria-live="polite"
        aria-label="Notifications"
        className="pointer-events-none fixed inset-x-0 bottom-4 z-50 flex flex-col items-center gap-2 px-4"
      >
        {toasts.map((toast) => (
          <p key={toast.id} className="rounded-md bg-text px-4 py-2 text-sm font-medium text-surface shadow-card">
            {toast.message}
          </p>
        ))}
      </div>
    </ToastContext>
  );
}

/** Shows a short confirmation in the page's live region. */
export function useToast(): Notify {
  return useContext(ToastContext);
}
