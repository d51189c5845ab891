package vn.bentre.papi.organisation;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;

/** What other features ask of the organisation: units, their hierarchy and reviewers. */
@Service
public class Organisation {

    private final UnitRepository units;

    Organisation(UnitRepository units) {
        this.units = units;
    }

    public List<Unit> units() {
        return units.findAll();
    }

    /** Units of a level and/or under a parent; a null argument does not filter. */
    public List<Unit> units(UnitLevel level, String parentId) {
        return units.find(level, parentId);
    }

    public Optional<Unit> unit(String id) {
        return units.findById(id);
    }

    public Unit requireUnit(String id) {
        return unit(id).orElseThrow(() -> new UnknownUnitException(id));
    }

    /** The unit that reviews the given unit's plans and reports (DESIGN.md §2). */
    public Optional<Unit> reviewerOf(String unitId) {
        return Optional.ofNullable(requireUnit(unitId).reviewerId()).flatMap(this::unit);
    }
}
