package io.revisio.identity.web;

import io.revisio.shared.problem.ProblemException;

/**
 * The status of a page that shows a form again with a refusal: 200 for what the form itself refused
 * (wrong password, unconfirmed address), so that 401 and 403 on pages only ever mean access control.
 * Public for the other page controllers of the identity module (user administration).
 */
public final class FormStatus {

    private FormStatus() {
    }

    public static int of(ProblemException refusal) {
        int status = refusal.status().value();
        return status == 401 || status == 403 ? 200 : status;
    }
}
