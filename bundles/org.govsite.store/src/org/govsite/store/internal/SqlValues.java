package org.govsite.store.internal;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.function.Function;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.osgi.util.NLS;
import org.govsite.store.StoreException;

/** Conversions between model attribute values and the values stored in SQL columns. */
final class SqlValues {

    private SqlValues() {
    }

    static OffsetDateTime toSql(Date date) {
        return date == null ? null : OffsetDateTime.ofInstant(date.toInstant(), ZoneOffset.UTC);
    }

    static Date toDate(OffsetDateTime time) {
        return time == null ? null : Date.from(time.toInstant());
    }

    static String toSql(Enumerator literal) {
        return literal.getName();
    }

    static <E extends Enumerator> E toLiteral(String name, Function<String, E> byName, String table) {
        E literal = name == null ? null : byName.apply(name);
        if (literal == null) {
            throw new StoreException(NLS.bind(Messages.UnknownLiteral, name, table));
        }
        return literal;
    }
}
