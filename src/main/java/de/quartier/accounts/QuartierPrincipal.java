package de.quartier.accounts;

import de.quartier.shared.SignedInUser;
import java.io.Serial;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in person with all their roles in all tenants. Kept in the session. */
public final class QuartierPrincipal implements UserDetails, CredentialsContainer, SignedInUser {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long userId;
    private final String email;
    private final String displayName;
    private @Nullable String passwordHash;
    private final boolean enabled;
    private final boolean operator;
    private final List<Grant> grants;

    QuartierPrincipal(
            long userId,
            String email,
            String displayName,
            @Nullable String passwordHash,
            boolean enabled,
            boolean operator,
            List<Grant> grants) {
        this.userId = userId;
        this.email = email;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.enabled = enabled;
        this.operator = operator;
        this.grants = List.copyOf(grants);
    }

    public long userId() {
        return userId;
    }

    public String email() {
        return email;
    }

    @Override
    public String displayName() {
        return displayName;
    }

    @Override
    public boolean isOperator() {
        return operator;
    }

    public List<Grant> grants() {
        return grants;
    }

    public List<Grant> grantsIn(long tenantId) {
        return grants.stream().filter(g -> g.tenantId() == tenantId).toList();
    }

    public boolean hasRole(long tenantId, Role role) {
        return grants.stream().anyMatch(g -> g.tenantId() == tenantId && g.role() == role);
    }

    @Override
    public boolean isStaffIn(long tenantId) {
        return grants.stream()
                .anyMatch(g -> g.tenantId() == tenantId && g.role().isStaff());
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        List<GrantedAuthority> authorities = new ArrayList<>();
        authorities.add(new SimpleGrantedAuthority("ROLE_USER"));
        if (operator) {
            authorities.add(new SimpleGrantedAuthority("ROLE_OPERATOR"));
        }
        return authorities;
    }

    @Override
    public @Nullable String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }
}
