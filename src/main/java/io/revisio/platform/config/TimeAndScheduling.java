package io.revisio.platform.config;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The one clock every module reads time from (UTC), and background scheduling. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class TimeAndScheduling {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
