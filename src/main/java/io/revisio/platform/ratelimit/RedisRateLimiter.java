package io.revisio.platform.ratelimit;

import io.revisio.platform.RateLimiter;
import io.revisio.shared.problem.TooManyRequestsException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;

/** Fixed-window counters in Redis, with a per-instance fallback while Redis is unreachable. */
@Component
class RedisRateLimiter implements RateLimiter {

    private static final Logger log = LoggerFactory.getLogger(RedisRateLimiter.class);
    private static final String PREFIX = "ratelimit:";

    /** Increments and sets the window's expiry on first use, atomically; returns count and ms left. */
    private static final RedisScript<List> INCREMENT = RedisScript.of("""
            local count = redis.call('INCR', KEYS[1])
            if count == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
            local ttl = redis.call('PTTL', KEYS[1])
            if ttl < 0 then redis.call('PEXPIRE', KEYS[1], ARGV[1]); ttl = tonumber(ARGV[1]) end
            return {count, ttl}
            """, List.class);

    private final StringRedisTemplate redis;
    private final Clock clock;
    private final Map<String, LocalWindow> fallback = new ConcurrentHashMap<>();

    RedisRateLimiter(StringRedisTemplate redis, Clock clock) {
        this.redis = redis;
        this.clock = clock;
    }

    @Override
    public void acquire(String key, int limit, Duration window) {
        Counted counted = countOne(key, window);
        if (counted.count() > limit) {
            throw new TooManyRequestsException(counted.remaining());
        }
    }

    @Override
    public long increment(String key, Duration window) {
        return countOne(key, window).count();
    }

    @Override
    public long count(String key, Duration window) {
        try {
            String value = redis.opsForValue().get(PREFIX + key);
            return value == null ? 0 : Long.parseLong(value);
        } catch (RuntimeException e) {
            LocalWindow local = fallback.get(key);
            return local == null || local.expired(clock.millis()) ? 0 : local.count();
        }
    }

    @Override
    public void reset(String key) {
        fallback.remove(key);
        try {
            redis.delete(PREFIX + key);
        } catch (RuntimeException e) {
            log.warn("Rate limit reset of {} not shared: Redis unavailable ({})", key, e.toString());
        }
    }

    private Counted countOne(String key, Duration window) {
        try {
            List<?> result = redis.execute(INCREMENT, List.of(PREFIX + key), String.valueOf(window.toMillis()));
            return new Counted(((Number) result.get(0)).longValue(), Duration.ofMillis(((Number) result.get(1)).longValue()));
        } catch (RuntimeException e) {
            log.warn("Rate limiting on this instance only: Redis unavailable ({})", e.toString());
            long now = clock.millis();
            LocalWindow local = fallback.compute(key, (k, current) ->
                    current == null || current.expired(now) ? new LocalWindow(now + window.toMillis(), 1)
                            : new LocalWindow(current.endsAt(), current.count() + 1));
            return new Counted(local.count(), Duration.ofMillis(local.endsAt() - now));
        }
    }

    private record Counted(long count, Duration remaining) {
    }

    private record LocalWindow(long endsAt, long count) {
        boolean expired(long now) {
            return now >= endsAt;
        }
    }
}
