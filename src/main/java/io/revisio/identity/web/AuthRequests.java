package io.revisio.identity.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The bodies the authentication routes accept. */
final class AuthRequests {

    private AuthRequests() {
    }

    record Register(@NotBlank @Size(max = 254) String email, @NotNull @Size(max = 1024) String password,
            @NotBlank @Size(max = 100) String displayName) {
    }

    record Login(@NotBlank @Size(max = 254) String email, @NotNull @Size(max = 1024) String password,
            @Size(max = 100) String deviceLabel) {
    }

    record Refresh(@NotBlank @Size(max = 200) String refreshToken) {
    }

    record VerifyEmail(@NotBlank @Size(max = 200) String token) {
    }

    record EmailOnly(@NotBlank @Size(max = 254) String email) {
    }

    /** {@code code} is needed only when the account has two-factor sign-in on. */
    record ResetPassword(@NotBlank @Size(max = 200) String token, @NotNull @Size(max = 1024) String password,
            @Size(max = 20) String code) {
    }

    record SecondFactor(@NotBlank @Size(max = 200) String challengeToken, @NotBlank @Size(max = 20) String code) {
    }

    record Code(@NotBlank @Size(max = 20) String code) {
    }

    record NewEmail(@NotBlank @Size(max = 254) String newEmail, @Size(max = 1024) String currentPassword) {
    }

    record Profile(@NotBlank @Size(max = 100) String displayName) {
    }

    record PasswordChange(@NotNull @Size(max = 1024) String currentPassword,
            @NotNull @Size(max = 1024) String newPassword) {
    }

    /** Accepted for processing; the answer is the same whatever the address. */
    record Accepted(String status, String message) {
        static Accepted because(String message) {
            return new Accepted("accepted", message);
        }
    }
}
