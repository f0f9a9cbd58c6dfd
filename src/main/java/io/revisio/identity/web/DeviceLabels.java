package io.revisio.identity.web;

import jakarta.servlet.http.HttpServletRequest;

/** The name a device session is listed under: the client's own label, else its user agent. */
final class DeviceLabels {

    static final int MAXIMUM = 100;

    private DeviceLabels() {
    }

    static String of(String label, HttpServletRequest request) {
        String chosen = label != null && !label.isBlank() ? label : request.getHeader("User-Agent");
        if (chosen == null || chosen.isBlank()) {
            return "Unknown device";
        }
        String clean = chosen.replaceAll("\\p{Cntrl}", " ").trim();
        return clean.length() > MAXIMUM ? clean.substring(0, MAXIMUM) : clean;
    }
}
