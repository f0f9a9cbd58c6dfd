package io.revisio.practice.pool;

import io.revisio.shared.ServingInstance;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * A serving instance rebuilds the pool as it starts, so questions published before practice existed (or
 * whose events were lost) are there. Operator commands skip it: only a serving instance needs the pool.
 */
@Component
@ConditionalOnWebApplication
@Order(Integer.MAX_VALUE)
class PoolBackfill implements ApplicationRunner {


    private final PoolKeeper keeper;
    private final Environment environment;

    PoolBackfill(PoolKeeper keeper, Environment environment) {
        this.keeper = keeper;
        this.environment = environment;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (ServingInstance.is(environment)) {
            keeper.rebuild();
        }
    }
}
