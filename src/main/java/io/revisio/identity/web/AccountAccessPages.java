package io.revisio.identity.web;

import io.revisio.identity.account.EmailAddress;
import io.revisio.identity.account.EmailChange;
import io.revisio.identity.account.EmailVerification;
import io.revisio.identity.account.Registration;
import io.revisio.identity.password.PasswordReset;
import io.revisio.shared.problem.ProblemException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Getting into an account in the browser: register, confirm the address, reset a forgotten password. */
@Controller
class AccountAccessPages {

    private final Registration registration;
    private final EmailVerification verification;
    private final PasswordReset passwordReset;
    private final EmailChange emailChange;

    AccountAccessPages(Registration registration, EmailVerification verification, PasswordReset passwordReset,
            EmailChange emailChange) {
        this.emailChange = emailChange;
        this.registration = registration;
        this.verification = verification;
        this.passwordReset = passwordReset;
    }

    @GetMapping("/register")
    String registerForm(Model model) {
        return form(model, "identity/register", Map.of("email", "", "displayName", ""), null);
    }

    @PostMapping("/register")
    String register(@RequestParam(defaultValue = "") String email, @RequestParam(defaultValue = "") String password,
            @RequestParam(defaultValue = "") String displayName, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        Map<String, String> values = Map.of("email", email, "displayName", displayName);
        if (!EmailAddress.isValid(email)) {
            return refused(response, model, "identity/register", values, "Enter a valid e-mail address.");
        }
        if (displayName.isBlank() || displayName.length() > 100) {
            return refused(response, model, "identity/register", values, "Enter a name of at most 100 characters.");
        }
        try {
            registration.register(new EmailAddress(email), password, displayName, request.getRemoteAddr());
            return done(model, "Check your inbox", "We sent a link to " + email.trim()
                    + ". Open it within 24 hours to confirm the address, then sign in.");
        } catch (ProblemException e) {
            return refused(response, model, "identity/register", values, message(e));
        }
    }

    @GetMapping("/verify-email")
    String verifyForm(@RequestParam(defaultValue = "") String token, Model model) {
        // A button, not an automatic confirmation: mail scanners that open links must not use up the token.
        return form(model, "identity/verify-email", Map.of("token", token), null);
    }

    @PostMapping("/verify-email")
    String verify(@RequestParam(defaultValue = "") String token, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        try {
            verification.verify(token, request.getRemoteAddr());
            return done(model, "Address confirmed", "Your e-mail address is confirmed. You can sign in now.");
        } catch (ProblemException e) {
            return refused(response, model, "identity/verify-email", Map.of("token", token), message(e));
        }
    }

    @GetMapping("/confirm-email")
    String confirmEmailForm(@RequestParam(defaultValue = "") String token, Model model) {
        return form(model, "identity/confirm-email", Map.of("token", token), null);
    }

    @PostMapping("/confirm-email")
    String confirmEmail(@RequestParam(defaultValue = "") String token, HttpServletResponse response, Model model) {
        try {
            emailChange.confirm(token);
            return done(model, "Address changed", "Your account now uses the new e-mail address.");
        } catch (ProblemException e) {
            return refused(response, model, "identity/confirm-email", Map.of("token", token), message(e));
        }
    }

    @GetMapping("/forgot-password")
    String forgotForm(Model model) {
        return form(model, "identity/forgot-password", Map.of("email", ""), null);
    }

    @PostMapping("/forgot-password")
    String forgot(@RequestParam(defaultValue = "") String email, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        try {
            passwordReset.request(email, request.getRemoteAddr());
            return done(model, "Check your inbox", "If " + email.trim()
                    + " has an account, a link to choose a new password is on its way. It works for 30 minutes.");
        } catch (ProblemException e) {
            return refused(response, model, "identity/forgot-password", Map.of("email", email), message(e));
        }
    }

    @GetMapping("/reset-password")
    String resetForm(@RequestParam(defaultValue = "") String token, Model model) {
        return form(model, "identity/reset-password", Map.of("token", token), null);
    }

    @PostMapping("/reset-password")
    String reset(@RequestParam(defaultValue = "") String token, @RequestParam(defaultValue = "") String password,
            @RequestParam(defaultValue = "") String code, HttpServletRequest request, HttpServletResponse response,
            Model model) {
        try {
            passwordReset.complete(token, password, code, request.getRemoteAddr());
            return done(model, "Password changed", "Your new password is set and you were signed out everywhere. "
                    + "Sign in with the new password.");
        } catch (ProblemException e) {
            return refused(response, model, "identity/reset-password", Map.of("token", token), message(e));
        }
    }

    /** The problem's field messages when it has them, its detail otherwise. */
    @SuppressWarnings("unchecked")
    static String message(ProblemException e) {
        Object errors = e.properties().get("errors");
        if (errors instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof Map<?, ?> first) {
            Map<String, String> field = (Map<String, String>) first;
            return capitalised(field.get("field")) + " " + field.get("message") + ".";
        }
        return e.getMessage();
    }

    private static String capitalised(String field) {
        String words = field.replaceAll("([A-Z])", " $1").toLowerCase();
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static String form(Model model, String view, Map<String, String> values, String error) {
        model.addAllAttributes(values);
        model.addAttribute("error", error);
        return view;
    }

    private static String refused(HttpServletResponse response, Model model, String view, Map<String, String> values,
            String error) {
        response.setStatus(400);
        return form(model, view, values, error);
    }

    static String done(Model model, String title, String message) {
        model.addAttribute("title", title);
        model.addAttribute("message", message);
        return "identity/done";
    }
}
