package io.revisio.identity.web;

import io.revisio.identity.account.EmailAddress;
import io.revisio.identity.account.EmailChange;
import io.revisio.identity.account.EmailVerification;
import io.revisio.identity.account.Registration;
import io.revisio.identity.password.PasswordReset;
import io.revisio.identity.session.SessionTokens;
import io.revisio.identity.session.SignIn;
import io.revisio.identity.session.SignInOutcome;
import io.revisio.identity.session.TokenPair;
import io.revisio.shared.ApiPaths;
import io.revisio.shared.problem.ProblemException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Registering, verifying the address, signing in, refreshing tokens and resetting the password. */
@RestController
@RequestMapping(ApiPaths.V1 + "/auth")
class AuthController {

    private final Registration registration;
    private final EmailVerification verification;
    private final SignIn signIn;
    private final SessionTokens sessionTokens;
    private final PasswordReset passwordReset;
    private final EmailChange emailChange;

    AuthController(Registration registration, EmailVerification verification, SignIn signIn,
            SessionTokens sessionTokens, PasswordReset passwordReset, EmailChange emailChange) {
        this.emailChange = emailChange;
        this.registration = registration;
        this.verification = verification;
        this.signIn = signIn;
        this.sessionTokens = sessionTokens;
        this.passwordReset = passwordReset;
    }

    @PostMapping("/register")
    @ResponseStatus(HttpStatus.ACCEPTED)
    AuthRequests.Accepted register(@Valid @RequestBody AuthRequests.Register body, HttpServletRequest request) {
        if (!EmailAddress.isValid(body.email())) {
            throw ProblemException.invalidField("email", "Email", "must be an e-mail address");
        }
        registration.register(new EmailAddress(body.email()), body.password(), body.displayName(),
                request.getRemoteAddr());
        return AuthRequests.Accepted.because("Check your inbox: we sent a link to confirm the address.");
    }

    @PostMapping("/verify-email")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void verifyEmail(@Valid @RequestBody AuthRequests.VerifyEmail body, HttpServletRequest request) {
        verification.verify(body.token(), request.getRemoteAddr());
    }

    @PostMapping("/confirm-email")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void confirmEmail(@Valid @RequestBody AuthRequests.VerifyEmail body) {
        emailChange.confirm(body.token());
    }

    @PostMapping("/verify-email/resend")
    @ResponseStatus(HttpStatus.ACCEPTED)
    AuthRequests.Accepted resendVerification(@Valid @RequestBody AuthRequests.EmailOnly body,
            HttpServletRequest request) {
        verification.resend(body.email(), request.getRemoteAddr());
        return AuthRequests.Accepted.because("If the address has an unconfirmed account, a new link is on its way.");
    }

    @PostMapping("/login")
    SignInOutcome login(@Valid @RequestBody AuthRequests.Login body, HttpServletRequest request) {
        return signIn.withPassword(body.email(), body.password(), DeviceLabels.of(body.deviceLabel(), request),
                request.getRemoteAddr());
    }

    @PostMapping("/mfa/verify")
    TokenPair verifySecondFactor(@Valid @RequestBody AuthRequests.SecondFactor body, HttpServletRequest request) {
        return signIn.withSecondFactor(body.challengeToken(), body.code(), request.getRemoteAddr());
    }

    @PostMapping("/refresh")
    TokenPair refresh(@Valid @RequestBody AuthRequests.Refresh body, HttpServletRequest request) {
        return sessionTokens.refresh(body.refreshToken(), request.getRemoteAddr());
    }

    @PostMapping("/password/forgot")
    @ResponseStatus(HttpStatus.ACCEPTED)
    AuthRequests.Accepted forgotPassword(@Valid @RequestBody AuthRequests.EmailOnly body,
            HttpServletRequest request) {
        passwordReset.request(body.email(), request.getRemoteAddr());
        return AuthRequests.Accepted.because("If the address has an account, a link to reset the password is on its way.");
    }

    @PostMapping("/password/reset")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void resetPassword(@Valid @RequestBody AuthRequests.ResetPassword body, HttpServletRequest request) {
        passwordReset.complete(body.token(), body.password(), body.code(), request.getRemoteAddr());
    }
}
