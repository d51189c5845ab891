package vn.bentre.papi.reporting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Date;

/** Dates in and out of the {@code rpt_*} tables. */
final class SqlTime {

    private SqlTime() {
    }

    static Timestamp ts(Date date) {
        return date == null ? null : new Timestamp(date.getTime());
    }

    static Date date(ResultSet rs, String column) throws SQLException {
        Timestamp ts = rs.getTimestamp(column);
        return ts == null ? null : new Date(ts.getTime());
    }
}
