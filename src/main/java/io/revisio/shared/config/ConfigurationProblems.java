package io.revisio.shared.config;

import java.util.ArrayList;
import java.util.List;

/** Collects every configuration problem so that an operator sees all of them at once. */
public final class ConfigurationProblems {

    private final List<String> problems = new ArrayList<>();

    public void add(String property, String problem) {
        problems.add(property + ": " + problem);
    }

    /** Adds the problems of a secret that must be present and strong. */
    public void requireStrongSecret(String property, Secret secret) {
        SecretStrength.weaknessOf(secret).ifPresent(weakness -> add(property, weakness));
    }

    public boolean isEmpty() {
        return problems.isEmpty();
    }

    public List<String> all() {
        return List.copyOf(problems);
    }

    public String describe() {
        StringBuilder text = new StringBuilder(problems.size() + " configuration problem(s):");
        problems.forEach(problem -> text.append(System.lineSeparator()).append("  - ").append(problem));
        return text.toString();
    }
}
