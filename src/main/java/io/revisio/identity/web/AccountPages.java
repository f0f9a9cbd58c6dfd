package io.revisio.identity.web;

import io.revisio.identity.account.Account;
import io.revisio.identity.account.AccountRepository;
import io.revisio.identity.account.EmailChange;
import io.revisio.identity.account.ProfileEditing;
import io.revisio.identity.external.ExternalAccounts;
import io.revisio.identity.external.ExternalIdentities;
import io.revisio.identity.mfa.MultiFactor;
import io.revisio.identity.password.PasswordChange;
import io.revisio.identity.session.AccountSessions;
import io.revisio.shared.problem.ProblemException;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The signed-in user's account page: profile, password, two-factor sign-in and device sessions. */
@Controller
class AccountPages {

    private final AccountRepository accounts;
    private final AccountSessions sessions;
    private final MultiFactor multiFactor;
    private final ProfileEditing profile;
    private final PasswordChange passwordChange;
    private final EmailChange emailChange;
    private final BrowserTokens cookies;
    private final SignInProviders providers;
    private final ExternalIdentities identities;
    private final ExternalAccounts externalAccounts;

    AccountPages(AccountRepository accounts, AccountSessions sessions, MultiFactor multiFactor, ProfileEditing profile,
            PasswordChange passwordChange, EmailChange emailChange, BrowserTokens cookies, SignInProviders providers,
            ExternalIdentities identities, ExternalAccounts externalAccounts) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.multiFactor = multiFactor;
        this.profile = profile;
        this.passwordChange = passwordChange;
        this.emailChange = emailChange;
        this.cookies = cookies;
        this.providers = providers;
        this.identities = identities;
        this.externalAccounts = externalAccounts;
    }

    @GetMapping("/account")
    String account(@AuthenticationPrincipal Jwt token, @RequestParam(required = false) String done,
            @RequestParam(required = false) String error, Model model) {
        return show(token, model, done, error == null ? null : LINK_REFUSALS.getOrDefault(error, "That did not work."));
    }

    @PostMapping("/account/external/{provider}/unlink")
    String unlink(@AuthenticationPrincipal Jwt token, @PathVariable String provider, HttpServletResponse response,
            Model model) {
        try {
            externalAccounts.unlink(SignedIn.from(token).accountId(), provider);
            return "redirect:/account?done=unlinked";
        } catch (ProblemException e) {
            response.setStatus(FormStatus.of(e));
            return show(token, model, null, e.getMessage());
        }
    }

    private static final Map<String, String> LINK_REFUSALS = Map.of(
            "identity-taken", "That provider account already signs in to another Revisio account.",
            "provider-already-linked", "Another account of that provider is already linked. Unlink it first.",
            "provider-failed", "Linking with the provider did not work. Try again.");

    @PostMapping("/account/profile")
    String rename(@AuthenticationPrincipal Jwt token, @RequestParam(defaultValue = "") String displayName,
            HttpServletResponse response, Model model) {
        try {
            profile.rename(SignedIn.from(token).accountId(), displayName);
            return "redirect:/account?done=profile";
        } catch (ProblemException e) {
            response.setStatus(400);
            return show(token, model, null, "Enter a name of at most " + ProfileEditing.LONGEST_NAME + " characters.");
        }
    }

    @PostMapping("/account/email")
    String changeEmail(@AuthenticationPrincipal Jwt token, @RequestParam(defaultValue = "") String newEmail,
            @RequestParam(defaultValue = "") String currentPassword, HttpServletResponse response, Model model) {
        try {
            emailChange.request(SignedIn.from(token).accountId(), newEmail, currentPassword);
            return "redirect:/account?done=email";
        } catch (ProblemException e) {
            response.setStatus(FormStatus.of(e));
            return show(token, model, null, AccountAccessPages.message(e));
        }
    }

    @PostMapping("/account/password")
    String changePassword(@AuthenticationPrincipal Jwt token, @RequestParam(defaultValue = "") String currentPassword,
            @RequestParam(defaultValue = "") String newPassword, HttpServletResponse response, Model model) {
        SignedIn caller = SignedIn.from(token);
        try {
            passwordChange.change(caller.accountId(), caller.sessionId(), currentPassword, newPassword);
            return "redirect:/account?done=password";
        } catch (ProblemException e) {
            response.setStatus(FormStatus.of(e));
            return show(token, model, null, AccountAccessPages.message(e));
        }
    }

    @PostMapping("/account/mfa/enrol")
    String enrol(@AuthenticationPrincipal Jwt token, HttpServletResponse response, Model model) {
        try {
            model.addAttribute("enrolment", multiFactor.enrol(account(token)));
            model.addAttribute("error", null);
            return "identity/mfa-enrol";
        } catch (ProblemException e) {
            response.setStatus(FormStatus.of(e));
            return show(token, model, null, e.getMessage());
        }
    }

    @PostMapping("/account/mfa/confirm")
    String confirm(@AuthenticationPrincipal Jwt token, @RequestParam(defaultValue = "") String code,
            HttpServletResponse response, Model model) {
        try {
            model.addAttribute("backupCodes", multiFactor.confirm(SignedIn.from(token).accountId(), code));
            return "identity/mfa-backup-codes";
        } catch (ProblemException e) {
            response.setStatus(FormStatus.of(e));
            return show(token, model, null, e.getMessage() + " Start the enrolment again if needed.");
        }
    }

    @PostMapping("/account/mfa/disable")
    String disable(@AuthenticationPrincipal Jwt token, @RequestParam(defaultValue = "") String code,
            HttpServletResponse response, Model model) {
        try {
            multiFactor.disable(SignedIn.from(token).accountId(), code);
            return "redirect:/account?done=mfa-off";
        } catch (ProblemException e) {
            response.setStatus(FormStatus.of(e));
            return show(token, model, null, e.getMessage());
        }
    }

    @PostMapping("/account/sessions/{id}/end")
    String endSession(@AuthenticationPrincipal Jwt token, @PathVariable UUID id, HttpServletResponse response) {
        SignedIn caller = SignedIn.from(token);
        sessions.end(caller.accountId(), id, "ended by its owner");
        if (id.equals(caller.sessionId())) {
            cookies.clear(response);
            return "redirect:/";
        }
        return "redirect:/account?done=session";
    }

    @PostMapping("/account/sessions/end-all")
    String endAll(@AuthenticationPrincipal Jwt token, HttpServletResponse response) {
        sessions.endAll(SignedIn.from(token).accountId());
        cookies.clear(response);
        return "redirect:/";
    }

    private String show(Jwt token, Model model, String done, String error) {
        SignedIn caller = SignedIn.from(token);
        Account account = account(token);
        model.addAttribute("account", new AccountPageViews.AccountView(account.email().value(), account.displayName(),
                account.role().name(), multiFactor.isEnabled(account.id()), multiFactor.backupCodesLeft(account.id())));
        model.addAttribute("sessions", sessions.list(account.id()).stream()
                .map(session -> new AccountPageViews.SessionRow(session.id(), session.deviceLabel(), session.ip(),
                        session.lastSeenAt().toString(), session.id().equals(caller.sessionId())))
                .toList());
        var linked = identities.of(account.id());
        model.addAttribute("providers", providers.all().stream().map(provider -> linked.stream()
                        .filter(link -> link.provider().equals(provider.id())).findFirst()
                        .map(link -> new AccountPageViews.Provider(provider.id(), provider.name(), true, link.email()))
                        .orElse(provider))
                .toList());
        model.addAttribute("done", done == null ? null : DONE.get(done));
        model.addAttribute("error", error);
        return "identity/account";
    }

    private static final Map<String, String> DONE = Map.of(
            "profile", "Your name is saved.",
            "password", "Your password is changed; your other sessions were signed out.",
            "mfa-off", "Two-factor sign-in is off.",
            "session", "The session is ended.",
            "email", "Open the link we sent to the new address to finish the change.",
            "linked", "The provider is linked: you can sign in with it now.",
            "unlinked", "The provider is unlinked.");

    private Account account(Jwt token) {
        return accounts.findById(SignedIn.from(token).accountId()).orElseThrow();
    }
}
