/** The shared Redis connection (commands; keys prefixed with REDIS_KEY_PREFIX), or null. */
export const REDIS = Symbol('REDIS');
/** Mercurius' subscription emitter: Redis pub/sub across processes, or undefined (in memory). */
export const LIVE_EMITTER = Symbol('LIVE_EMITTER');
