/**
 * Store writes that have started and not yet settled. Closing waits for them before the store
 * closes, even when the client that asked has gone away mid-request.
 */
export interface InFlightWrites {
  track<T>(write: Promise<T>): Promise<T>;
  readonly size: number;
  drain(): Promise<void>;
}

export function inFlightWrites(): InFlightWrites {
  const pending = new Set<Promise<unknown>>();
  return {
    track(write) {
      pending.add(write);
      const forget = () => pending.delete(write);
      write.then(forget, forget);
      return write;
    },
    get size() {
      return pending.size;
    },
    async drain() {
      while (pending.size) await Promise.allSettled([...pending]);
    },
  };
}
