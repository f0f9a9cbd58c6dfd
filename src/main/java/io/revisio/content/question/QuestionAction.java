package io.revisio.content.question;

import java.util.Locale;

/** What staff do to a question; the wire name is the route's last segment, e.g. {@code request-changes}. */
enum QuestionAction {
    EDIT, SUBMIT, APPROVE, REQUEST_CHANGES, PUBLISH, ARCHIVE, RESTORE;

    String wireName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Archive and restore act on the published version; everything else on the working version. */
    boolean actsOnPublished() {
        return this == ARCHIVE || this == RESTORE;
    }
}
