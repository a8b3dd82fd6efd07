package de.quartier.accounts;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * Forms and view records of the accounts pages. Public only because the compiled jte templates live in another
 * package; other modules have no use for them.
 */
public final class AccountsViews {

    private AccountsViews() {}

    /** Common European time zones offered when creating a tenant. */
    public static final List<String> TIME_ZONES = List.of(
            "Europe/Berlin",
            "Europe/Vienna",
            "Europe/Zurich",
            "Europe/Luxembourg",
            "Europe/Brussels",
            "Europe/Amsterdam",
            "Europe/Paris",
            "Europe/Copenhagen",
            "Europe/Warsaw",
            "Europe/Prague",
            "Europe/Bratislava",
            "Europe/Budapest",
            "Europe/Rome",
            "Europe/Madrid",
            "Europe/Lisbon",
            "Europe/London",
            "Europe/Dublin",
            "Europe/Stockholm",
            "Europe/Oslo",
            "Europe/Helsinki",
            "Europe/Tallinn",
            "Europe/Riga",
            "Europe/Vilnius",
            "Europe/Athens",
            "Europe/Bucharest",
            "Europe/Sofia",
            "Europe/Kyiv",
            "Europe/Istanbul");

    /** A new tenant, from the operator's form or {@code POST /api/v1/tenants}. */
    public record TenantForm(
            @NotBlank(message = "{accounts.form.required}") @Size(max = 200, message = "{accounts.form.tooLong}")
            String name,

            @NotBlank(message = "{accounts.form.required}") @Size(max = 63, message = "{accounts.form.tooLong}")
            String slug,

            @NotBlank(message = "{accounts.form.required}") String timeZone,
            @NotBlank(message = "{accounts.form.required}") String defaultLanguage,

            @Nullable @Email(message = "{accounts.form.email}") @Size(max = 254, message = "{accounts.form.tooLong}")
            String adminEmail,

            @Nullable @Size(max = 200, message = "{accounts.form.tooLong}")
            String adminName) {

        public static TenantForm empty() {
            return new TenantForm("", "", "Europe/Berlin", "de", "", "");
        }

        String normalisedSlug() {
            return slug == null ? "" : slug.trim().toLowerCase(Locale.ROOT);
        }

        boolean invitesAdmin() {
            return adminEmail != null && !adminEmail.isBlank();
        }
    }

    /** An invitation to a role in the current tenant. */
    public record InviteForm(
            @NotBlank(message = "{accounts.form.required}")
            @Email(message = "{accounts.form.email}")
            @Size(max = 254, message = "{accounts.form.tooLong}")
            String email,

            @NotBlank(message = "{accounts.form.required}") @Size(max = 200, message = "{accounts.form.tooLong}")
            String name,

            @NotBlank(message = "{accounts.form.required}") String role,
            @Nullable List<Long> districtIds,
            @Nullable List<Long> organisationIds) {

        public static InviteForm empty() {
            return new InviteForm("", "", Role.DISTRICT_MANAGER.name(), List.of(), List.of());
        }

        public List<Long> organisations() {
            return organisationIds == null ? List.of() : organisationIds;
        }

        public List<Long> districts() {
            return districtIds == null ? List.of() : districtIds;
        }
    }

    /** The roles and district scope of one person in the current tenant. */
    public record RolesForm(
            @Nullable List<String> roles,
            @Nullable List<Long> districtIds,
            @Nullable List<Long> organisationIds) {}

    /** A new account accepting an invitation. */
    public record AcceptForm(
            @NotBlank(message = "{accounts.form.required}") @Size(max = 200, message = "{accounts.form.tooLong}")
            String displayName,

            @NotBlank(message = "{accounts.form.required}") String password,
            @NotBlank(message = "{accounts.form.required}") String passwordRepeat) {}

    /** An existing account confirming an invitation with its password. */
    public record ConfirmForm(
            @NotBlank(message = "{accounts.form.required}") String password) {}

    /** A new personal access token. */
    public record TokenForm(
            @NotBlank(message = "{accounts.form.required}") @Size(max = 100, message = "{accounts.form.tooLong}")
            String name,

            @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            LocalDate expires) {

        public static TokenForm empty() {
            return new TokenForm("", null);
        }
    }

    /** The filter form of the audit pages; every field optional. */
    public record AuditFilter(
            @Nullable String action,
            @Nullable String email,

            @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            LocalDate from,

            @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            LocalDate to,

            @Nullable Integer page) {

        public static AuditFilter none() {
            return new AuditFilter(null, null, null, null, 0);
        }

        public int pageIndex() {
            return page == null || page < 0 ? 0 : page;
        }

        /** The query string of this filter on another page, for the pager links. */
        public String query(int otherPage) {
            var b = org.springframework.web.util.UriComponentsBuilder.newInstance();
            if (action != null && !action.isBlank()) {
                b.queryParam("action", action);
            }
            if (email != null && !email.isBlank()) {
                b.queryParam("email", email);
            }
            if (from != null) {
                b.queryParam("from", from);
            }
            if (to != null) {
                b.queryParam("to", to);
            }
            b.queryParam("page", otherPage);
            return b.encode().build().toUriString();
        }
    }

    public record MailRow(long id, String when, String tenant, String recipient, String subject, String status) {}

    public record MailDetail(
            long id,
            String when,
            String tenant,
            String recipient,
            String subject,
            String status,
            @Nullable String error,
            List<Segment> body) {}

    /** A piece of a mail body: plain text, or a web address rendered as a link. */
    public record Segment(String text, boolean link) {}

    public record AuditRow(
            String when,
            String tenant,
            String actor,
            String action,
            String subject,
            String detail,
            String remoteAddr) {}

    public record PersonRow(
            long userId, String email, String displayName, List<Role> roles, List<String> districts, boolean self) {}

    public record InvitationRow(String email, String name, Role role, String expires) {}

    public record TokenRow(long id, String name, String created, String lastUsed, String expires, String state) {}

    public record Choice(String value, String label, boolean selected) {}

    /** Page links of a paged list; {@code null} where there is no such page. */
    public record Pager(
            int page,
            int pages,
            @Nullable String previous,
            @Nullable String next) {}

    public static String when(@Nullable Instant instant, ZoneId zone, Locale locale) {
        if (instant == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                .withLocale(locale)
                .withZone(zone)
                .format(instant);
    }

    public static String day(@Nullable Instant instant, ZoneId zone, Locale locale) {
        if (instant == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(locale)
                .withZone(zone)
                .format(instant);
    }

    private static final Pattern URL = Pattern.compile("https?://[^\\s<>\"]+");

    static List<Segment> segments(String body) {
        List<Segment> out = new ArrayList<>();
        Matcher m = URL.matcher(body);
        int at = 0;
        while (m.find()) {
            if (m.start() > at) {
                out.add(new Segment(body.substring(at, m.start()), false));
            }
            out.add(new Segment(m.group(), true));
            at = m.end();
        }
        if (at < body.length()) {
            out.add(new Segment(body.substring(at), false));
        }
        return out;
    }
}
