// A menu closes when the pointer goes down anywhere outside it (the Export and Story menus).
import { useEffect } from 'react';
import type { RefObject } from 'react';

export function useCloseOnOutsidePointer(open: boolean, rootRef: RefObject<HTMLElement | null>, close: () => void): void {
  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) close();
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open, rootRef, close]);
}
