package io.eddy.jdbc;

import java.sql.SQLException;

/** The {@link java.sql.Wrapper} behaviour shared by the driver's objects: they wrap only themselves. */
final class Wrappers {

    private Wrappers() {
    }

    static <T> T unwrap(Object self, Class<T> type) throws SQLException {
        if (type != null && type.isInstance(self)) {
            return type.cast(self);
        }
        throw new SQLException(self.getClass().getSimpleName() + " is not a wrapper of "
                + (type == null ? "null" : type.getName()), "HY000");
    }

    static boolean isWrapperFor(Object self, Class<?> type) {
        return type != null && type.isInstance(self);
    }
}
