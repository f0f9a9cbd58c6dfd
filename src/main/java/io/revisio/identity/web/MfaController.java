package io.revisio.identity.web;

import io.revisio.identity.account.AccountRepository;
import io.revisio.identity.mfa.MultiFactor;
import io.revisio.shared.ApiPaths;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Two-factor sign-in of the caller's own account: state, enrolment, confirmation, switching off. */
@RestController
@RequestMapping(ApiPaths.V1 + "/auth/mfa")
class MfaController {

    private final MultiFactor multiFactor;
    private final AccountRepository accounts;

    MfaController(MultiFactor multiFactor, AccountRepository accounts) {
        this.multiFactor = multiFactor;
        this.accounts = accounts;
    }

    record State(boolean enabled, int backupCodesLeft) {
    }

    record BackupCodes(List<String> backupCodes) {
    }

    @GetMapping
    State state(@AuthenticationPrincipal Jwt token) {
        UUID account = SignedIn.from(token).accountId();
        return new State(multiFactor.isEnabled(account), multiFactor.backupCodesLeft(account));
    }

    @PostMapping("/enrol")
    MultiFactor.Enrolment enrol(@AuthenticationPrincipal Jwt token) {
        return multiFactor.enrol(accounts.findById(SignedIn.from(token).accountId()).orElseThrow());
    }

    @PostMapping("/confirm")
    BackupCodes confirm(@AuthenticationPrincipal Jwt token, @Valid @RequestBody AuthRequests.Code body) {
        return new BackupCodes(multiFactor.confirm(SignedIn.from(token).accountId(), body.code()));
    }

    @PostMapping("/disable")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void disable(@AuthenticationPrincipal Jwt token, @Valid @RequestBody AuthRequests.Code body) {
        multiFactor.disable(SignedIn.from(token).accountId(), body.code());
    }
}
