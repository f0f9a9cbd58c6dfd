/**
 * The small open kernel every module may use: the API prefix, configuration and secret types,
 * health check and access rule contracts.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package io.revisio.shared;

import org.springframework.modulith.ApplicationModule;
