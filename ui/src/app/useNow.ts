import { useEffect, useState } from 'react';

/** The current time in milliseconds, refreshed every `every` milliseconds (a minute by default). */
export function useNow(every = 60_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), every);
    return () => window.clearInterval(timer);
  }, [every]);
  return now;
}
