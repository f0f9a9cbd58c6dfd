package io.revisio.shared.web;

import java.util.Set;
import java.util.TreeSet;

/** Who may call a route: anyone, any signed-in user, or holders of one of the given roles. */
public record Access(Kind kind, Set<String> roles) {

    public enum Kind { ANYONE, SIGNED_IN, ROLES }

    public Access {
        roles = Set.copyOf(roles);
    }

    public static Access anyone() {
        return new Access(Kind.ANYONE, Set.of());
    }

    public static Access signedIn() {
        return new Access(Kind.SIGNED_IN, Set.of());
    }

    public static Access roles(String... roles) {
        return new Access(Kind.ROLES, Set.of(roles));
    }

    /** The wording used in the generated route documentation. */
    public String describe() {
        return switch (kind) {
            case ANYONE -> "anyone";
            case SIGNED_IN -> "signed-in users";
            case ROLES -> String.join(", ", new TreeSet<>(roles));
        };
    }
}
