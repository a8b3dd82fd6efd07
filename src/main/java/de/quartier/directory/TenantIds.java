package de.quartier.directory;

import org.hibernate.search.mapper.pojo.tenancy.TenantIdentifierConverter;

/** Hibernate Search keeps tenant ids as strings; ours are the tenants' numeric ids. */
public final class TenantIds implements TenantIdentifierConverter {

    @Override
    public Object fromStringValue(String value) {
        return Long.valueOf(value);
    }
}
