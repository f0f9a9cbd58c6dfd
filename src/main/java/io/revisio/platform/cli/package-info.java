/**
 * The operator commands; the application's entry point dispatches to them.
 */
@NamedInterface("cli")
package io.revisio.platform.cli;

import org.springframework.modulith.NamedInterface;
