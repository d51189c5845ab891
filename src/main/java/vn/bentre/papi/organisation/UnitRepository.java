package vn.bentre.papi.organisation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code org_unit} table. */
@Repository
class UnitRepository {

    private static final String SELECT = "select id, name, unit_level, parent_id, reviewer_id, code, kind from org_unit ";
    private static final RowMapper<Unit> ROW = (rs, i) -> new Unit(rs.getString("id"), rs.getString("name"),
        UnitLevel.valueOf(rs.getString("unit_level")), rs.getString("parent_id"), rs.getString("reviewer_id"),
        rs.getString("code"), rs.getString("kind"));

    private final JdbcClient jdbc;

    UnitRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Inserts new units and updates changed ones; units no longer in the data are kept, since
     * processes and history may still name them.
     *
     * @return how many rows were written
     */
    int save(List<Unit> units) {
        Map<String, Unit> existing = findAll().stream().collect(Collectors.toMap(Unit::id, Function.identity()));
        Map<String, Integer> positions = new HashMap<>();
        jdbc.sql("select id, position from org_unit").query(rs -> {
            positions.put(rs.getString(1), rs.getInt(2));
        });
        int written = 0;
        for (int position = 0; position < units.size(); position++) {
            Unit unit = units.get(position);
            Unit before = existing.get(unit.id());
            if (before == null) {
                jdbc.sql("insert into org_unit (id, name, unit_level, parent_id, reviewer_id, code, kind, position) "
                        + "values (?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(unit.id(), unit.name(), unit.level().name(), unit.parentId(), unit.reviewerId(),
                        unit.code(), unit.kind(), position)
                    .update();
                written++;
            } else if (!Objects.equals(before, unit) || positions.get(unit.id()) != position) {
                jdbc.sql("update org_unit set name = ?, unit_level = ?, parent_id = ?, reviewer_id = ?, code = ?, "
                        + "kind = ?, position = ? where id = ?")
                    .params(unit.name(), unit.level().name(), unit.parentId(), unit.reviewerId(), unit.code(),
                        unit.kind(), position, unit.id())
                    .update();
                written++;
            }
        }
        return written;
    }

    List<Unit> findAll() {
        return jdbc.sql(SELECT + "order by position").query(ROW).list();
    }

    List<Unit> find(UnitLevel level, String parentId) {
        // Built per call: H2 cannot type a "? is null" parameter.
        List<String> conditions = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        if (level != null) {
            conditions.add("unit_level = ?");
            params.add(level.name());
        }
        if (parentId != null) {
            conditions.add("parent_id = ?");
            params.add(parentId);
        }
        String where = conditions.isEmpty() ? "" : "where " + String.join(" and ", conditions) + " ";
        return jdbc.sql(SELECT + where + "order by position").params(params).query(ROW).list();
    }

    Optional<Unit> findById(String id) {
        return jdbc.sql(SELECT + "where id = ?").param(id).query(ROW).optional();
    }
}
