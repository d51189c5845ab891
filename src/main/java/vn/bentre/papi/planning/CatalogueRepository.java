package vn.bentre.papi.planning;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.bentre.papi.platform.PerTransaction;

/** The tables {@code pln_dimension} and {@code pln_measure}. Unit lists are stored space-separated. */
@Repository
class CatalogueRepository {

    private static final RowMapper<Dimension> DIMENSION = (rs, i) -> new Dimension(rs.getString("id"),
        rs.getString("name"), rs.getInt("since_year"), (Integer) rs.getObject("until_year"));
    private static final RowMapper<Measure> MEASURE = (rs, i) -> new Measure(rs.getString("id"),
        rs.getString("dimension_id"), rs.getString("text"), split(rs.getString("lead_units")),
        split(rs.getString("cooperating_units")), Measure.MeasureSource.valueOf(rs.getString("source")),
        (Integer) rs.getObject("added_year"));

    // Per transaction: a job opening a district's reports reads the catalogue once, not once per report.
    private static final Object DIMENSIONS = new Object();
    private static final Object MEASURES = new Object();

    private final JdbcClient jdbc;

    CatalogueRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Dimension> dimensions() {
        return PerTransaction.get(DIMENSIONS,
            () -> List.copyOf(jdbc.sql("select * from pln_dimension order by position").query(DIMENSION).list()));
    }

    List<Measure> measures() {
        return PerTransaction.get(MEASURES,
            () -> List.copyOf(jdbc.sql("select * from pln_measure order by position").query(MEASURE).list()));
    }

    /** @return rows written; unchanged rows are left alone so a restart writes nothing */
    int saveDimensions(List<Dimension> dimensions) {
        Map<String, Dimension> existing = dimensions().stream().collect(Collectors.toMap(Dimension::id, Function.identity()));
        int written = 0;
        for (int position = 0; position < dimensions.size(); position++) {
            Dimension d = dimensions.get(position);
            if (Objects.equals(existing.get(d.id()), d)) {
                continue;
            }
            String sql = existing.containsKey(d.id())
                ? "update pln_dimension set name = ?, since_year = ?, until_year = ?, position = ? where id = ?"
                : "insert into pln_dimension (name, since_year, until_year, position, id) values (?, ?, ?, ?, ?)";
            jdbc.sql(sql).params(d.name(), d.sinceYear(), d.untilYear(), position, d.id()).update();
            PerTransaction.forget(DIMENSIONS);
            written++;
        }
        return written;
    }

    int saveMeasures(List<Measure> measures) {
        Map<String, Measure> existing = measures().stream().collect(Collectors.toMap(Measure::id, Function.identity()));
        int written = 0;
        for (Measure measure : measures) {
            if (!Objects.equals(existing.get(measure.id()), measure)) {
                saveMeasure(measure);
                written++;
            }
        }
        return written;
    }

    void saveMeasure(Measure m) {
        PerTransaction.forget(MEASURES);
        int updated = jdbc.sql("update pln_measure set dimension_id = ?, text = ?, lead_units = ?, cooperating_units = ?, "
                + "source = ?, added_year = ? where id = ?")
            .params(m.dimensionId(), m.text(), join(m.leadUnits()), join(m.cooperatingUnits()), m.source().name(),
                m.addedYear(), m.id())
            .update();
        if (updated == 0) {
            jdbc.sql("insert into pln_measure (id, dimension_id, text, lead_units, cooperating_units, source, added_year, position) "
                    + "values (?, ?, ?, ?, ?, ?, ?, (select coalesce(max(position), 0) + 1 from pln_measure))")
                .params(m.id(), m.dimensionId(), m.text(), join(m.leadUnits()), join(m.cooperatingUnits()),
                    m.source().name(), m.addedYear())
                .update();
        }
    }

    private static String join(List<String> units) {
        return String.join(" ", units);
    }

    static List<String> split(String units) {
        return units == null || units.isBlank() ? List.of() : Arrays.asList(units.trim().split("\\s+"));
    }
}
