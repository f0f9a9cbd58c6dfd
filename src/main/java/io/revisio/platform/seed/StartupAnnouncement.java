package io.revisio.platform.seed;

import io.revisio.platform.HttpProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Tells whoever started Revisio where it is and how to sign in. */
@Component
class StartupAnnouncement {

    private static final Logger log = LoggerFactory.getLogger(StartupAnnouncement.class);

    private final DemoSeeder seeder;
    private final HttpProperties http;

    StartupAnnouncement(DemoSeeder seeder, HttpProperties http) {
        this.seeder = seeder;
        this.http = http;
    }

    @EventListener
    void announce(ApplicationReadyEvent event) {
        if (!(event.getApplicationContext() instanceof WebServerApplicationContext web)) {
            return;
        }
        StringBuilder text = new StringBuilder("Revisio is ready at http://localhost:")
                .append(web.getWebServer().getPort()).append(" (public URL ").append(http.publicUrl()).append(')');
        seeder.announcements().forEach(line -> text.append(System.lineSeparator()).append("  ").append(line));
        log.info(text.toString());
    }
}
