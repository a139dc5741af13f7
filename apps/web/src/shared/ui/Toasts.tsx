import { Notification, Stack } from '@mantine/core';
import { IconAlertTriangle, IconCheck } from '@tabler/icons-react';
import { type ReactNode, createContext, useCallback, useContext, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';

type ToastTone = 'success' | 'error';
type Toast = { id: number; tone: ToastTone; message: string };
type ToastApi = { show: (tone: ToastTone, message: string) => void };

const ToastContext = createContext<ToastApi>({ show: () => undefined });

const TOAST_MILLISECONDS = 6000;
let nextToastId = 1;

export function ToastProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [toasts, setToasts] = useState<Toast[]>([]);

  const dismiss = useCallback((id: number) => {
    setToasts((current) => current.filter((toast) => toast.id !== id));
  }, []);

  const show = useCallback(
    (tone: ToastTone, message: string) => {
      const id = nextToastId++;
      setToasts((current) => [...current.slice(-2), { id, tone, message }]);
      window.setTimeout(() => dismiss(id), TOAST_MILLISECONDS);
    },
    [dismiss],
  );

  const api = useMemo(() => ({ show }), [show]);

  return (
    <ToastContext.Provider value={api}>
      {children}
      <Stack
        gap="xs"
        role="status"
        aria-live="polite"
        style={{
          position: 'fixed',
          right: 16,
          bottom: 16,
          left: 16,
          marginLeft: 'auto',
          maxWidth: 420,
          zIndex: 1000,
          pointerEvents: toasts.length ? 'auto' : 'none',
        }}
      >
        {toasts.map((toast) => (
          <Notification
            key={toast.id}
            color={toast.tone === 'success' ? 'jade' : 'red'}
            icon={
              toast.tone === 'success' ? <IconCheck size={18} /> : <IconAlertTriangle size={18} />
            }
            onClose={() => dismiss(toast.id)}
            closeButtonProps={{ 'aria-label': t('common.close') }}
            withBorder
          >
            {toast.message}
          </Notification>
        ))}
      </Stack>
    </ToastContext.Provider>
  );
}

export function useToast(): ToastApi {
  return useContext(ToastContext);
}
