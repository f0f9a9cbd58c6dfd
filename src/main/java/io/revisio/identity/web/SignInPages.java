package io.revisio.identity.web;

import io.revisio.identity.mfa.MfaChallenges;
import io.revisio.identity.session.AccountSessions;
import io.revisio.identity.session.MfaRequired;
import io.revisio.identity.session.SignIn;
import io.revisio.identity.session.SignInOutcome;
import io.revisio.identity.session.TokenPair;
import io.revisio.shared.problem.ProblemException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Signing in and out in the browser; tokens go into HttpOnly cookies, never into the page. */
@Controller
class SignInPages {

    private final SignIn signIn;
    private final AccountSessions sessions;
    private final BrowserTokens cookies;
    private final SignInProviders providers;

    SignInPages(SignIn signIn, AccountSessions sessions, BrowserTokens cookies, SignInProviders providers) {
        this.signIn = signIn;
        this.sessions = sessions;
        this.cookies = cookies;
        this.providers = providers;
    }

    /** Why a sign-in with a provider did not end in a session, as the provider flow reports it. */
    private static final java.util.Map<String, String> PROVIDER_REFUSALS = java.util.Map.of(
            "unverified-email", "Your provider did not confirm your e-mail address. Register with e-mail and "
                    + "password, then link the provider from your account page.",
            "account-not-verified", "An account with this address exists but its address is not confirmed. Sign in "
                    + "with your password and link the provider from your account page.",
            "account-disabled", "This account is disabled.",
            "provider-failed", "Signing in with the provider did not work. Try again.");

    @GetMapping("/login")
    String form(@RequestParam(defaultValue = "") String next, @RequestParam(required = false) String error,
            Model model) {
        return page(model, "", next, error == null ? null
                : PROVIDER_REFUSALS.getOrDefault(error, "Signing in with the provider did not work. Try again."));
    }

    @PostMapping("/login")
    String signIn(@RequestParam(defaultValue = "") String email, @RequestParam(defaultValue = "") String password,
            @RequestParam(defaultValue = "") String next, HttpServletRequest request, HttpServletResponse response,
            Model model) {
        try {
            SignInOutcome outcome = signIn.withPassword(email, password, DeviceLabels.of(null, request),
                    request.getRemoteAddr());
            if (outcome instanceof MfaRequired challenge) {
                cookies.add(response, BrowserTokens.MFA_CHALLENGE, challenge.challengeToken(), MfaChallenges.LIFETIME);
                return "redirect:/login/mfa?next=" + java.net.URLEncoder.encode(safe(next), java.nio.charset.StandardCharsets.UTF_8);
            }
            cookies.store(response, (TokenPair) outcome);
            cookies.rotateCsrfToken(response);
            return "redirect:" + safe(next);
        } catch (ProblemException e) {
            response.setStatus(FormStatus.of(e));
            return page(model, email, next, e.getMessage());
        }
    }

    @GetMapping("/login/mfa")
    String secondFactorForm(@RequestParam(defaultValue = "") String next, Model model) {
        model.addAttribute("next", next);
        model.addAttribute("error", null);
        return "identity/mfa-challenge";
    }

    @PostMapping("/login/mfa")
    String secondFactor(@RequestParam(defaultValue = "") String code, @RequestParam(defaultValue = "") String next,
            HttpServletRequest request, HttpServletResponse response, Model model) {
        String challenge = BrowserTokens.cookie(request, BrowserTokens.MFA_CHALLENGE).orElse("");
        try {
            cookies.store(response, signIn.withSecondFactor(challenge, code, request.getRemoteAddr()));
            cookies.rotateCsrfToken(response);
            cookies.add(response, BrowserTokens.MFA_CHALLENGE, "", java.time.Duration.ZERO);
            return "redirect:" + safe(next);
        } catch (ProblemException e) {
            response.setStatus(FormStatus.of(e));
            model.addAttribute("next", next);
            model.addAttribute("error", e.getMessage());
            return "identity/mfa-challenge";
        }
    }

    @PostMapping("/logout")
    String signOut(@AuthenticationPrincipal Jwt token, HttpServletResponse response) {
        if (token != null) {
            SignedIn caller = SignedIn.from(token);
            sessions.end(caller.accountId(), caller.sessionId(), "signed out");
        }
        cookies.clear(response);
        return "redirect:/";
    }

    private String page(Model model, String email, String next, String error) {
        model.addAttribute("providers", providers.all());
        model.addAttribute("email", email);
        model.addAttribute("next", next);
        model.addAttribute("error", error);
        return "identity/login";
    }

    /** Only a path on this site, so a link can never send a signed-in user elsewhere. */
    static String safe(String next) {
        boolean local = next != null && next.startsWith("/") && !next.startsWith("//") && !next.contains("\\")
                && !next.contains("\r") && !next.contains("\n");
        return local ? next : "/account";
    }
}
