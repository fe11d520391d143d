package dev.cvmatch.cv;

/**
 * A link to an online profile or site.
 *
 * @param network {@code LinkedIn}, {@code GitHub}, {@code GitLab}, {@code Stack Overflow}, {@code X}, or
 *     {@code Website} for anything else
 * @param username the user name in the network, or {@code null}
 * @param url the absolute URL ({@code https://} added when the CV omits the scheme)
 */
public record ProfileLink(String network, String username, String url) {
}
