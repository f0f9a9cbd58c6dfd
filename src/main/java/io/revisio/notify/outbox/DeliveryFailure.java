package io.revisio.notify.outbox;

import java.util.regex.Pattern;

/**
 * Why a delivery failed, short enough to store and log, and safe to show an operator: links are
 * blanked and any text that repeats the body is left out, since the body may hold a one-time link.
 *
 * @param description exception class and message, at most {@value #MAX_LENGTH} characters
 */
record DeliveryFailure(String description) {

    static final int MAX_LENGTH = 300;

    private static final Pattern LINK = Pattern.compile("\\b[a-zA-Z][a-zA-Z0-9+.-]*://\\S+");
    private static final Pattern SPACE = Pattern.compile("\\s+");

    static DeliveryFailure of(Throwable failure, String body) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        StringBuilder text = new StringBuilder(failure.getClass().getSimpleName());
        if (root != failure) {
            text.append(" / ").append(root.getClass().getSimpleName());
        }
        String message = safeMessage(root.getMessage(), body);
        if (!message.isEmpty()) {
            text.append(": ").append(message);
        }
        return new DeliveryFailure(text.length() <= MAX_LENGTH ? text.toString() : text.substring(0, MAX_LENGTH));
    }

    private static String safeMessage(String message, String body) {
        if (message == null || message.isBlank()) {
            return "";
        }
        if (body != null && !body.isBlank() && SPACE.matcher(message).replaceAll(" ")
                .contains(SPACE.matcher(body.strip()).replaceAll(" "))) {
            return "";
        }
        return SPACE.matcher(LINK.matcher(message).replaceAll("[link]")).replaceAll(" ").strip();
    }
}
