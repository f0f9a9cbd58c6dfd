package io.revisio.identity.web;

import io.revisio.identity.Role;
import io.revisio.identity.account.Account;
import io.revisio.identity.account.AccountRepository;
import io.revisio.identity.account.EmailChange;
import io.revisio.identity.account.ProfileEditing;
import io.revisio.identity.mfa.MultiFactor;
import io.revisio.identity.password.PasswordChange;
import io.revisio.identity.token.AccessTokens;
import io.revisio.shared.ApiPaths;
import io.revisio.shared.problem.ProblemException;
import jakarta.validation.Valid;
import java.time.Instant;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in user's own account: read it, rename it, change its password. */
@RestController
class MeController {

    static final String ME = ApiPaths.V1 + "/me";

    private final AccountRepository accounts;
    private final MultiFactor multiFactor;
    private final ProfileEditing profile;
    private final PasswordChange passwordChange;
    private final EmailChange emailChange;

    MeController(AccountRepository accounts, MultiFactor multiFactor, ProfileEditing profile,
            PasswordChange passwordChange, EmailChange emailChange) {
        this.accounts = accounts;
        this.multiFactor = multiFactor;
        this.profile = profile;
        this.passwordChange = passwordChange;
        this.emailChange = emailChange;
    }

    record Me(UUID id, String email, String displayName, Role role, boolean emailVerified, boolean mfaEnabled,
            boolean mfaEnrolmentRequired, Instant createdAt) {
    }

    @GetMapping(ME)
    Me me(@AuthenticationPrincipal Jwt token) {
        Account account = account(token);
        return new Me(account.id(), account.email().value(), account.displayName(), account.role(),
                account.isVerified(), multiFactor.isEnabled(account.id()),
                Boolean.TRUE.equals(token.getClaimAsBoolean(AccessTokens.MFA_ENROLMENT_CLAIM)), account.createdAt());
    }

    @PatchMapping(ME)
    Me update(@AuthenticationPrincipal Jwt token, @Valid @RequestBody AuthRequests.Profile body) {
        profile.rename(SignedIn.from(token).accountId(), body.displayName());
        return me(token);
    }

    @PostMapping(ME + "/email")
    @ResponseStatus(HttpStatus.ACCEPTED)
    AuthRequests.Accepted changeEmail(@AuthenticationPrincipal Jwt token, @Valid @RequestBody AuthRequests.NewEmail body) {
        emailChange.request(SignedIn.from(token).accountId(), body.newEmail(), body.currentPassword());
        return AuthRequests.Accepted.because("Open the link we sent to the new address to finish the change.");
    }

    @PostMapping(ME + "/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void changePassword(@AuthenticationPrincipal Jwt token, @Valid @RequestBody AuthRequests.PasswordChange body) {
        SignedIn caller = SignedIn.from(token);
        passwordChange.change(caller.accountId(), caller.sessionId(), body.currentPassword(), body.newPassword());
    }

    private Account account(Jwt token) {
        return accounts.findById(SignedIn.from(token).accountId())
                .orElseThrow(() -> new ProblemException(HttpStatus.NOT_FOUND, "not-found", "The account is gone."));
    }
}
