import { useEffect } from 'react';
import { platform } from '../../platform/platform';

/**
 * Keeps the display awake while `awake` (a drill runs or is paused on this screen): a projector
 * or laptop that dims mid-drill loses the room. Let go when it turns false or the screen closes;
 * the desktop shell also lets go when the window closes or its page crashes.
 */
export function useKeepDisplayAwake(awake: boolean): void {
  useEffect(() => {
    if (!awake) return;
    void platform().keepDisplayAwake(true);
    return () => {
      void platform().keepDisplayAwake(false);
    };
  }, [awake]);
}
