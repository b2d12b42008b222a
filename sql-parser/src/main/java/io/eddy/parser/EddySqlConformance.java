package io.eddy.parser;

import org.apache.calcite.sql.validate.SqlConformance;
import org.apache.calcite.sql.validate.SqlConformanceEnum;
import org.apache.calcite.sql.validate.SqlDelegatingConformance;

/**
 * Calcite's default conformance with what Flink SQL allows on top: {@code !=} and {@code %}.
 */
public final class EddySqlConformance extends SqlDelegatingConformance {

    public static final SqlConformance INSTANCE = new EddySqlConformance();

    private EddySqlConformance() {
        super(SqlConformanceEnum.DEFAULT);
    }

    @Override
    public boolean isBangEqualAllowed() {
        return true;
    }

    @Override
    public boolean isPercentRemainderAllowed() {
        return true;
    }

    @Override
    public String toString() {
        return "EddySqlConformance";
    }
}
