package io.revisio.notify;

/**
 * One plain-text e-mail to one recipient.
 *
 * @param to recipient address
 * @param subject subject line (never secret: it may be logged)
 * @param text body; may hold a one-time link, so it is never logged or shown on an admin screen
 */
public record Email(String to, String subject, String text) {

    public Email {
        if (to == null || !to.contains("@") || to.length() > 320) {
            throw new IllegalArgumentException("An e-mail needs a recipient address");
        }
        if (subject == null || subject.isBlank() || subject.length() > 200) {
            throw new IllegalArgumentException("An e-mail needs a subject of at most 200 characters");
        }
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("An e-mail needs a body");
        }
    }

    @Override
    public String toString() {
        return "Email[to=" + to + ", subject=" + subject + "]";
    }
}
