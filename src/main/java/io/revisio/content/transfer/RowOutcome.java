package io.revisio.content.transfer;

/** What importing a row does (dry run) or did (commit). */
public enum RowOutcome {
    /** Dry run: the row would create a question. */
    NEW,
    /** Commit: the row created a question. */
    CREATED,
    /** A question with the row's external id exists (or an earlier row of the file has it). */
    DUPLICATE_EXTERNAL_ID,
    /** A question whose working version says exactly this exists (or an earlier row of the file). */
    DUPLICATE_CONTENT,
    /** The row breaks a rule; nothing of it is imported. */
    INVALID
}
