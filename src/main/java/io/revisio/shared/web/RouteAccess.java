package io.revisio.shared.web;

import java.util.List;

/** A module's access rules for the routes it serves; collected by the security configuration. */
public interface RouteAccess {

    List<AccessRule> rules();
}
