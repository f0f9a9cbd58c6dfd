package io.revisio.identity.web;

import io.revisio.identity.Role;
import io.revisio.identity.account.Account;
import io.revisio.identity.account.AccountRepository;
import io.revisio.shared.ApiPaths;
import io.revisio.shared.problem.ProblemException;
import java.time.Instant;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in user's own account. */
@RestController
class MeController {

    private final AccountRepository accounts;

    MeController(AccountRepository accounts) {
        this.accounts = accounts;
    }

    record Me(UUID id, String email, String displayName, Role role, boolean emailVerified, Instant createdAt) {
    }

    @GetMapping(ApiPaths.V1 + "/me")
    Me me(@AuthenticationPrincipal Jwt token) {
        Account account = accounts.findById(SignedIn.from(token).accountId())
                .orElseThrow(() -> new ProblemException(HttpStatus.NOT_FOUND, "not-found", "The account is gone."));
        return new Me(account.id(), account.email().value(), account.displayName(), account.role(),
                account.isVerified(), account.createdAt());
    }
}
