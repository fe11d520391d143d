package dev.cvmatch.demo.user;

import java.util.Locale;
import java.util.Optional;

/**
 * The minimum password strength: 10 characters or more (at most 72 bytes, bcrypt's limit), at least three of lower
 * case, upper case, digits and symbols unless it has 16 characters or more, and not the e-mail or one repeated
 * character.
 */
final class PasswordPolicy {

    private PasswordPolicy() {
    }

    static Optional<String> check(String password, String email) {
        if (password == null || password.length() < 10) {
            return Optional.of("Use at least 10 characters.");
        }
        if (password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > 72) {
            return Optional.of("Use at most 72 bytes (bcrypt reads no further).");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (lower.equals(email) || lower.contains(email.substring(0, email.indexOf('@')))
                && email.indexOf('@') >= 4) {
            return Optional.of("Do not use your e-mail in the password.");
        }
        if (password.chars().distinct().count() < 4) {
            return Optional.of("Use more different characters.");
        }
        int classes = 0;
        classes += password.chars().anyMatch(Character::isLowerCase) ? 1 : 0;
        classes += password.chars().anyMatch(Character::isUpperCase) ? 1 : 0;
        classes += password.chars().anyMatch(Character::isDigit) ? 1 : 0;
        classes += password.chars().anyMatch(c -> !Character.isLetterOrDigit(c)) ? 1 : 0;
        if (classes < 3 && password.length() < 16) {
            return Optional.of("Mix three of: lower case, upper case, digits, symbols (or use 16 characters or more).");
        }
        return Optional.empty();
    }
}
