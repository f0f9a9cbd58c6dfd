package io.revisio.shared.web;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;

/**
 * A module's addition to the one security filter chain (for example how bearer tokens are read),
 * applied by the platform before the chain is built.
 */
public interface HttpSecurityContribution {

    void contribute(HttpSecurity http) throws Exception;
}
