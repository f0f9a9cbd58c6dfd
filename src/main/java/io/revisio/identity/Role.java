package io.revisio.identity;

/** What an account may do. Staff roles (reviewer, editor, admin) work on the question bank and platform. */
public enum Role {
    STUDENT, REVIEWER, EDITOR, ADMIN;

    public boolean isStaff() {
        return this != STUDENT;
    }
}
